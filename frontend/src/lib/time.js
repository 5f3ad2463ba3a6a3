/**
 * Dates of meetings, poll options and workshops: shown in the event's own zone (Europe/Paris unless it says
 * otherwise), typed as a date and wall-clock times in that zone, and sent as ISO instants. Built on `Intl` alone.
 */
export const PARIS = 'Europe/Paris'
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

export function bcp47(locale) {
  return BCP47[locale] || locale || 'fr-FR'
}

export function validZone(timeZone) {
  if (!timeZone) return PARIS
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return PARIS
  }
}

function toDate(value) {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The wall clock of `instantMs` in `timeZone`: { year, month, day, hour, minute, second } as numbers. */
function wallClock(instantMs, timeZone) {
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
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  )
  return { ...parts, hour: parts.hour % 24 }
}

/** How far `timeZone` is ahead of UTC at `instantMs`, in milliseconds. */
function offsetMs(instantMs, timeZone) {
  const w = wallClock(instantMs, timeZone)
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instantMs / 1000) * 1000
}

const pad = (n) => String(n).padStart(2, '0')

/**
 * A date ("2027-03-28") and a time ("01:30") read on the clocks of `timeZone` → the ISO instant
 * ("2027-03-28T00:30:00.000Z"). Right on both sides of a daylight-saving change; a time skipped by the change
 * (02:30 on the last Sunday of March) moves forward by an hour. '' when the date or time is malformed.
 */
export function zonedToIso(date, time, timeZone = PARIS) {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '')
  const h = /^(\d{2}):(\d{2})/.exec(time || '')
  if (!d || !h) return ''
  const wall = Date.UTC(+d[1], +d[2] - 1, +d[3], +h[1], +h[2])
  const zone = validZone(timeZone)
  let instant = wall - offsetMs(wall, zone)
  instant = wall - offsetMs(instant, zone)
  return new Date(instant).toISOString()
}

/** A `datetime-local` value ("2026-12-08T14:00") read on the clocks of `timeZone` → the ISO instant ('' when malformed). */
export function localToIso(local, timeZone = PARIS) {
  const [date, time] = String(local || '').split('T')
  return zonedToIso(date, time, timeZone)
}

/** An instant → its { date: "2026-11-14", time: "13:00" } on the clocks of `timeZone`. */
export function isoToZoned(value, timeZone = PARIS) {
  const date = toDate(value)
  if (!date) return { date: '', time: '' }
  const w = wallClock(date.getTime(), validZone(timeZone))
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` }
}

/** The day ("2026-11-14") an instant falls on in `timeZone`. */
export function dayKey(value, timeZone = PARIS) {
  return isoToZoned(value, timeZone).date
}

function dateFormat(locale, timeZone, options) {
  return new Intl.DateTimeFormat(bcp47(locale), { timeZone: validZone(timeZone), ...options })
}

/** "samedi 14 novembre 2026" */
export function formatLongDate(value, locale, timeZone = PARIS) {
  const date = toDate(value)
  return date ? dateFormat(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date) : ''
}

/** "13:00" */
export function formatTime(value, locale, timeZone = PARIS) {
  const date = toDate(value)
  return date ? dateFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date) : ''
}

/** "samedi 14 novembre 2026, 13:00–15:00", or both dates when the meeting spans several days. */
export function formatRange(startsAt, endsAt, locale, timeZone = PARIS) {
  const start = toDate(startsAt)
  if (!start) return ''
  const end = toDate(endsAt)
  const day = formatLongDate(start, locale, timeZone)
  if (!end) return `${day}, ${formatTime(start, locale, timeZone)}`
  if (dayKey(start, timeZone) === dayKey(end, timeZone)) {
    return `${day}, ${formatTime(start, locale, timeZone)}–${formatTime(end, locale, timeZone)}`
  }
  return `${day}, ${formatTime(start, locale, timeZone)} – ${formatLongDate(end, locale, timeZone)}, ${formatTime(end, locale, timeZone)}`
}

/** "mardi 8 décembre 2026, 14:00–16:00" in the event's zone, and the zone's name when it is not Paris. */
export function formatWhen(startsAt, endsAt, locale, timeZone = PARIS) {
  if (!startsAt) return ''
  const zone = validZone(timeZone)
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
    ...(zone === PARIS ? {} : { timeZoneName: 'short' }),
  }
  const format = new Intl.DateTimeFormat(bcp47(locale), options)
  if (end && !Number.isNaN(end.getTime()) && typeof format.formatRange === 'function') return format.formatRange(start, end)
  return format.format(start)
}

/** A short date in the event's zone, e.g. for the workshop journal: "8 décembre 2026". */
export function formatDay(value, locale, timeZone = PARIS) {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(bcp47(locale), { timeZone: validZone(timeZone), dateStyle: 'long' }).format(date)
}

const capitalise = (text) => (text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text)

/** A short heading for a poll's date option: "Samedi 14 nov." */
export function formatShortDay(value, locale, timeZone = PARIS) {
  const date = toDate(value)
  return date ? capitalise(dateFormat(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'short' }).format(date)) : ''
}

/** "novembre 2026" for the caption of the month grid. */
export function formatMonth(year, month, locale) {
  return capitalise(
    new Intl.DateTimeFormat(bcp47(locale), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 1))),
  )
}

/** The current month in `timeZone`: { year, month } (month 1–12). */
export function currentMonth(now = new Date(), timeZone = PARIS) {
  const [year, month] = isoToZoned(now, timeZone).date.split('-').map(Number)
  return { year, month }
}

export function shiftMonth({ year, month }, delta) {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The instants bounding a month on the clocks of `timeZone`: { from, to } (to excluded). */
export function monthRange({ year, month }, timeZone = PARIS) {
  const next = shiftMonth({ year, month }, 1)
  return {
    from: zonedToIso(`${year}-${pad(month)}-01`, '00:00', timeZone),
    to: zonedToIso(`${next.year}-${pad(next.month)}-01`, '00:00', timeZone),
  }
}

/**
 * The weeks of a month grid, Monday first: [[{ date: "2026-11-02", day: 2, inMonth: true }, …7], …].
 * Days of the neighbouring months fill the first and last weeks.
 */
export function monthWeeks({ year, month }) {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const lead = (first.getUTCDay() + 6) % 7 // Monday = 0
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7
  const weeks = []
  for (let i = 0; i < cells; i++) {
    const date = new Date(Date.UTC(year, month - 1, 1 - lead + i))
    const cell = {
      date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month - 1,
    }
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1].push(cell)
  }
  return weeks
}

/** Weekday names, Monday first: [{ short: "lun.", long: "lundi" }, …]. */
export function weekdayNames(locale) {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + i))
    return {
      short: new Intl.DateTimeFormat(bcp47(locale), { timeZone: 'UTC', weekday: 'short' }).format(date),
      long: new Intl.DateTimeFormat(bcp47(locale), { timeZone: 'UTC', weekday: 'long' }).format(date),
    }
  })
}

/**
 * Where the online link stands at `now`: 'live' (under way), 'soon' (starts within `soonMinutes`), or null;
 * with the whole minutes left before the start.
 */
export function joinState(startsAt, endsAt, now = Date.now(), soonMinutes = 15) {
  const start = toDate(startsAt)
  if (!start) return { state: null, minutes: 0 }
  const end = toDate(endsAt) || new Date(start.getTime() + 3600_000)
  const nowMs = now instanceof Date ? now.getTime() : now
  if (nowMs >= end.getTime()) return { state: 'over', minutes: 0 }
  if (nowMs >= start.getTime()) return { state: 'live', minutes: 0 }
  const minutes = Math.ceil((start.getTime() - nowMs) / 60_000)
  return minutes <= soonMinutes ? { state: 'soon', minutes } : { state: null, minutes }
}
