import { useI18n } from 'vue-i18n'

export const TIME_ZONE = 'Europe/Paris'
const BCP47 = { fr: 'fr-FR', en: 'en-GB' }

export function formatDate(value, locale, options = { dateStyle: 'long' }) {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(BCP47[locale] || locale, { timeZone: TIME_ZONE, ...options }).format(date)
}

const UNITS = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86400],
]

/**
 * "il y a 5 minutes", "hier"… for the last week; an absolute date (Paris time) beyond.
 * `now` is injectable for tests.
 */
export function formatRelative(value, locale, now = Date.now()) {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const seconds = Math.round((date.getTime() - now) / 1000)
  const abs = Math.abs(seconds)
  if (abs >= 7 * 86400) return formatDate(date, locale, { dateStyle: 'medium' })
  const rtf = new Intl.RelativeTimeFormat(BCP47[locale] || locale, { numeric: 'auto' })
  if (abs < 60) return rtf.format(0, 'second')
  let unit = UNITS[0]
  for (const candidate of UNITS) if (abs >= candidate[1]) unit = candidate
  return rtf.format(Math.round(seconds / unit[1]), unit[0])
}

/** Dates in the active locale, Paris time. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    date: (value) => formatDate(value, locale.value, { dateStyle: 'long' }),
    dateTime: (value) => formatDate(value, locale.value, { dateStyle: 'long', timeStyle: 'short' }),
    relative: (value) => formatRelative(value, locale.value),
  }
}
