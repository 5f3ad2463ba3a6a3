import { formatShortDay, formatTime, validZone, zonedToIso } from '@/lib/time'

let nextKey = 1
/** A row of the poll form: a date with its times, or a text option. */
export function newRow(type = 'date', { start = '', end = '' } = {}) {
  return { key: nextKey++, type, date: '', start, end, label: '' }
}

/** Copies the first date row's times to every other date row; returns how many rows changed. */
export function copyFirstTimes(rows) {
  const dated = rows.filter((row) => row.type === 'date')
  if (dated.length < 2) return 0
  const [first, ...others] = dated
  for (const row of others) {
    row.start = first.start
    row.end = first.end
  }
  return others.length
}

/** The rows as API options (date rows read on the Paris clocks). */
export function rowsToOptions(rows, timeZone) {
  return rows.map((row) =>
    row.type === 'date'
      ? { startsAt: zonedToIso(row.date, row.start, timeZone), endsAt: zonedToIso(row.date, row.end, timeZone), label: row.label.trim() || undefined }
      : { label: row.label.trim() },
  )
}

/** "Samedi 14 nov. 13:00" for a date option, its label otherwise: the name of its column and choices. */
export function optionName(option, locale, timeZone) {
  if (option.startsAt) {
    const zone = validZone(timeZone)
    const name = `${formatShortDay(option.startsAt, locale, zone)} ${formatTime(option.startsAt, locale, zone)}`
    return option.label ? `${name} (${option.label})` : name
  }
  return option.label || ''
}

/** `options[2].label` → { index: 2, field: 'label' } */
export function optionErrorPath(field) {
  const match = /options\[(\d+)\]\.(\w+)$/.exec(String(field || ''))
  return match ? { index: Number(match[1]), field: match[2] } : null
}
