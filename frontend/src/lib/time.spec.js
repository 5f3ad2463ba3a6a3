import { describe, expect, it } from 'vitest'
import {
  dayKey, formatDay, formatRange, formatShortDay, formatWhen, isoToZoned, joinState, localToIso, monthRange, monthWeeks,
  shiftMonth, validZone, zonedToIso,
} from './time'

describe('event times (Europe/Paris unless the event says otherwise)', () => {
  it('turns a Paris date and time into the right instant on both sides of the spring change', () => {
    // 28 March 2027: clocks go from 02:00 CET to 03:00 CEST.
    expect(zonedToIso('2027-03-28', '01:30')).toBe('2027-03-28T00:30:00.000Z')
    expect(zonedToIso('2027-03-28', '04:30')).toBe('2027-03-28T02:30:00.000Z')
    // The skipped half hour moves forward rather than backward.
    expect(zonedToIso('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00.000Z')
  })

  it('handles the autumn change, winter and summer', () => {
    // 31 October 2027: clocks go back from 03:00 CEST to 02:00 CET.
    expect(zonedToIso('2027-10-31', '01:30')).toBe('2027-10-30T23:30:00.000Z')
    expect(zonedToIso('2027-10-31', '04:30')).toBe('2027-10-31T03:30:00.000Z')
    expect(zonedToIso('2026-11-14', '13:00')).toBe('2026-11-14T12:00:00.000Z')
    expect(zonedToIso('2026-07-01', '13:00')).toBe('2026-07-01T11:00:00.000Z')
    expect(zonedToIso('2026-11-14', '13:00', 'America/Cayenne')).toBe('2026-11-14T16:00:00.000Z')
    expect(zonedToIso('', '13:00')).toBe('')
    expect(zonedToIso('2026-11-14', '')).toBe('')
  })

  it('reads an instant back on the Paris clocks', () => {
    expect(isoToZoned('2027-03-28T02:30:00Z')).toEqual({ date: '2027-03-28', time: '04:30' })
    expect(isoToZoned('2026-11-14T23:30:00Z')).toEqual({ date: '2026-11-15', time: '00:30' })
    expect(dayKey('2026-11-14T22:59:00Z')).toBe('2026-11-14')
    expect(isoToZoned(null)).toEqual({ date: '', time: '' })
  })

  it('says when a meeting takes place, in French, in its own zone', () => {
    expect(formatRange('2026-11-14T12:00:00Z', '2026-11-14T14:00:00Z', 'fr')).toBe('samedi 14 novembre 2026, 13:00–15:00')
    expect(formatRange('2026-11-14T12:00:00Z', '2026-11-14T14:00:00Z', 'en')).toBe('Saturday, 14 November 2026, 13:00–15:00')
    expect(formatRange('2026-11-14T12:00:00Z', '2026-11-15T14:00:00Z', 'fr')).toBe(
      'samedi 14 novembre 2026, 13:00 – dimanche 15 novembre 2026, 15:00',
    )
    expect(formatShortDay('2026-11-14T12:00:00Z', 'fr')).toBe('Samedi 14 nov.')
  })

  it('builds month grids Monday first and bounds a month on the Paris clocks', () => {
    const weeks = monthWeeks({ year: 2026, month: 11 })
    expect(weeks).toHaveLength(6)
    expect(weeks[0][0]).toEqual({ date: '2026-10-26', day: 26, inMonth: false })
    expect(weeks[0][6]).toEqual({ date: '2026-11-01', day: 1, inMonth: true })
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30)
    expect(monthRange({ year: 2026, month: 11 })).toEqual({ from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' })
    expect(monthRange({ year: 2027, month: 3 })).toEqual({ from: '2027-02-28T23:00:00.000Z', to: '2027-03-31T22:00:00.000Z' })
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
  })

  it('knows when the online link should stand out', () => {
    const start = '2026-11-14T12:00:00Z'
    const end = '2026-11-14T14:00:00Z'
    expect(joinState(start, end, Date.parse('2026-11-14T11:50:00Z'))).toEqual({ state: 'soon', minutes: 10 })
    expect(joinState(start, end, Date.parse('2026-11-14T11:30:00Z')).state).toBe(null)
    expect(joinState(start, end, Date.parse('2026-11-14T12:30:00Z')).state).toBe('live')
    expect(joinState(start, end, Date.parse('2026-11-14T14:00:00Z')).state).toBe('over')
  })

  it('reads a datetime-local value in the event zone, across both daylight-saving changes', () => {
    expect(localToIso('2026-07-01T14:00', 'Europe/Paris')).toBe('2026-07-01T12:00:00.000Z')
    expect(localToIso('2026-12-01T14:00', 'Europe/Paris')).toBe('2026-12-01T13:00:00.000Z')
    expect(localToIso('2026-12-01T14:00', 'America/Cayenne')).toBe('2026-12-01T17:00:00.000Z')
    // 29 March 2026, 02:00 → 03:00; 25 October 2026, 03:00 → 02:00 (the repeated hour is read as winter time).
    expect(localToIso('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z')
    expect(localToIso('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z')
    expect(localToIso('2026-10-25T02:30')).toBe('2026-10-25T01:30:00.000Z')
    expect(localToIso('2026-10-25T03:00')).toBe('2026-10-25T02:00:00.000Z')
    expect(localToIso('', 'Europe/Paris')).toBe('')
    expect(localToIso('2026-12-01', 'Europe/Paris')).toBe('')
  })

  it('reads both sides of the autumn change back on the Paris clocks', () => {
    expect(isoToZoned('2026-10-25T00:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' })
    expect(isoToZoned('2026-10-25T01:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' })
    expect(isoToZoned('2026-10-25T02:00:00Z')).toEqual({ date: '2026-10-25', time: '03:00' })
    expect(isoToZoned('2026-12-01T13:00:00Z', 'America/Cayenne')).toEqual({ date: '2026-12-01', time: '10:00' })
  })

  it("says when a workshop takes place in its zone, naming the zone when it is not Paris's", () => {
    expect(formatWhen('2026-12-08T13:00:00Z', '2026-12-08T15:00:00Z', 'fr')).toMatch(/^mardi 8 décembre 2026.*14:00\s*–\s*16:00$/)
    expect(formatWhen('2026-12-08T13:00:00Z', null, 'fr', 'Indian/Reunion')).toMatch(/^mardi 8 décembre 2026.*17:00 UTC\+4$/)
    expect(formatWhen('', null, 'fr')).toBe('')
    expect(formatDay('2026-12-08T23:30:00Z', 'fr')).toBe('9 décembre 2026')
    expect(formatDay('2026-12-08T23:30:00Z', 'en', 'America/Cayenne')).toBe('8 December 2026')
  })

  it('falls back to Paris for a missing or unknown zone', () => {
    expect(validZone('')).toBe('Europe/Paris')
    expect(validZone('Mars/Olympus')).toBe('Europe/Paris')
    expect(validZone('America/Cayenne')).toBe('America/Cayenne')
  })
})
