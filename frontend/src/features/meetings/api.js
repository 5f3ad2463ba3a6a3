import { API_BASE, http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const m = (meetingId) => `/meetings/${encodeURIComponent(meetingId)}`

/** Kinds of meetings (labels in meetings.json → `meetings.kinds.<KIND>`). */
export const MEETING_KINDS = ['REUNION', 'ONBOARDING', 'STUDY_DAY', 'LEARNING_TRIP', 'OTHER']
/** Answers to a meeting, in the order they are offered. */
export const RSVP_RESPONSES = ['YES', 'MAYBE', 'NO']

/** Drops empty optional fields so the server applies its defaults. */
function compact(payload) {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined && value !== null && value !== ''))
}

export const meetingsApi = {
  /** The group's agenda: upcoming meetings by default, or those between `from` and `to` (ISO instants); a page at a time. */
  list: (slug, { from, to, cursor, limit } = {}) => http.get(`${g(slug)}/meetings`, { query: { from, to, cursor, limit } }),
  create: (slug, payload) => http.post(`${g(slug)}/meetings`, compact(payload)),
  get: (meetingId) => http.get(m(meetingId)),
  /** PATCH semantics: only the given fields change; `version` is required (409 stale-version when outdated). */
  update: (meetingId, changes) => http.patch(m(meetingId), changes),
  cancel: (meetingId, reason) => http.post(`${m(meetingId)}/cancel`, { reason: reason || undefined }),
  rsvp: (meetingId, response) => http.put(`${m(meetingId)}/rsvp`, { response }),
  attendees: (meetingId) => http.get(`${m(meetingId)}/attendees`),

  /** The .ics address, for a plain `<a download>` link (public groups). */
  icsUrl: (meetingId) => `${API_BASE}${m(meetingId)}/ics`,
  /** The .ics text, fetched with the bearer token (private groups). */
  ics: (meetingId) => http.get(`${m(meetingId)}/ics`, { headers: { Accept: 'text/calendar, application/problem+json' } }),

  // Calendar feed token (for agendas that cannot sign in)
  calendarToken: () => http.get('/me/calendar-token'),
  revokeCalendarToken: () => http.delete('/me/calendar-token'),
}

/** The https:// address of a group's feed, with the personal token when there is one. */
export function feedUrl(slug, token, origin = window.location.origin) {
  const base = `${origin}${API_BASE}${g(slug)}/calendar.ics`
  return token ? `${base}?token=${encodeURIComponent(token)}` : base
}

/** The same feed as a webcal:// address, which agenda applications open as a subscription. */
export function webcalUrl(httpUrl) {
  return String(httpUrl).replace(/^https?:\/\//, 'webcal://')
}
