/** Dates of workshops, shown in the workshop's own time zone (Europe/Paris unless it says otherwise). */
export const DEFAULT_TIME_ZONE = 'Europe/Paris'
/** Zones offered when proposing a workshop: mainland France and the overseas libraries of the network. */
export const TIME_ZONES = [
  'Europe/Paris',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
  'America/Miquelon',
]
const BCP47 = { fr: 'fr-FR', en: 'en-GB' }

function validZone(timeZone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return DEFAULT_TIME_ZONE
  }
}

/** "mardi 8 décembre 2026, 14:00–16:00" in the event's zone, and the zone's name when it is not Paris. */
export function formatWorkshopWhen(startsAt, endsAt, locale, timeZone = DEFAULT_TIME_ZONE) {
  if (!startsAt) return ''
  const zone = validZone(timeZone || DEFAULT_TIME_ZONE)
  const start = new Date(startsAt)
  if (Number.isNaN(start.getTime())) return ''
  const end = endsAt ? new Date(endsAt) : null
  const options = {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(zone === DEFAULT_TIME_ZONE ? {} : { timeZoneName: 'short' }),
  }
  const format = new Intl.DateTimeFormat(BCP47[locale] || locale, options)
  if (end && !Number.isNaN(end.getTime()) && typeof format.formatRange === 'function') return format.formatRange(start, end)
  return format.format(start)
}

/** A short date in the event's zone, e.g. for the journal: "8 décembre 2026". */
export function formatWorkshopDay(value, locale, timeZone = DEFAULT_TIME_ZONE) {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(BCP47[locale] || locale, { timeZone: validZone(timeZone), dateStyle: 'long' }).format(date)
}

function zoneOffsetMs(instantMs, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instantMs))
      .map((p) => [p.type, p.value]),
  )
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second)
  return asUtc - instantMs
}

/**
 * A `datetime-local` value ("2026-12-08T14:00"), read as a wall-clock time in `timeZone`, to an ISO instant.
 * Returns '' for an empty or malformed value.
 */
export function zonedToIso(local, timeZone = DEFAULT_TIME_ZONE) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local || '')
  if (!match) return ''
  const [, y, mo, d, h, mi] = match.map(Number)
  const wall = Date.UTC(y, mo - 1, d, h, mi)
  const zone = validZone(timeZone)
  let instant = wall - zoneOffsetMs(wall, zone)
  instant = wall - zoneOffsetMs(instant, zone)
  return new Date(instant).toISOString()
}

/** An ISO instant to the `datetime-local` value of the same moment in `timeZone`. */
export function isoToZoned(iso, timeZone = DEFAULT_TIME_ZONE) {
  if (!iso) return ''
  const ms = new Date(iso).getTime()
  if (Number.isNaN(ms)) return ''
  return new Date(ms + zoneOffsetMs(ms, validZone(timeZone))).toISOString().slice(0, 16)
}
