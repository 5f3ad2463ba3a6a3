import { useI18n } from 'vue-i18n'

export const TIME_ZONE = 'Europe/Paris'
const BCP47 = { fr: 'fr-FR', en: 'en-GB' }

export function formatDate(value, locale, options = { dateStyle: 'long' }) {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(BCP47[locale] || locale, { timeZone: TIME_ZONE, ...options }).format(date)
}

/** Dates in the active locale, Paris time. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    date: (value) => formatDate(value, locale.value, { dateStyle: 'long' }),
    dateTime: (value) => formatDate(value, locale.value, { dateStyle: 'long', timeStyle: 'short' }),
  }
}
