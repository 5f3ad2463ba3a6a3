import { API_BASE, http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const w = (workshopId) => `/workshops/${encodeURIComponent(workshopId)}`

/** The steps of a co-development session, in order (labels in workshops.json → `workshops.phases.<PHASE>`). */
export const PHASES = ['EXPOSE', 'CLARIFICATION', 'CONTRAT', 'CONSULTATION', 'SYNTHESE', 'APPRENTISSAGES']
export const WORKSHOP_STATUSES = ['OPEN', 'FULL', 'CLOSED', 'CANCELLED']
export const MAX_CAPACITY = 6

/** Drops empty optional fields so the server applies its defaults. */
function compact(payload) {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined && value !== null && value !== ''))
}

export const workshopsApi = {
  // Workshops of a group ("ateliers d'entraide"), upcoming first
  list: (slug, { cursor, limit } = {}) => http.get(`${g(slug)}/workshops`, { query: { cursor, limit } }),
  create: (slug, payload) => http.post(`${g(slug)}/workshops`, compact(payload)),
  createSeries: (slug, { title, description, capacity, onlineUrl, slots }) =>
    http.post(`${g(slug)}/workshop-series`, { ...compact({ title, description, capacity, onlineUrl }), slots }),
  get: (workshopId) => http.get(w(workshopId)),
  update: (workshopId, changes) => http.patch(w(workshopId), changes),
  cancel: (workshopId) => http.post(`${w(workshopId)}/cancel`),

  // Registrations (capped at the capacity, then a waitlist)
  register: (workshopId) => http.post(`${w(workshopId)}/registrations`),
  registerSomeone: (workshopId, userId) => http.post(`${w(workshopId)}/registrations`, { userId }),
  unregister: (workshopId) => http.delete(`${w(workshopId)}/registrations/me`),
  unregisterSomeone: (workshopId, userId) => http.delete(`${w(workshopId)}/registrations/${encodeURIComponent(userId)}`),
  registrations: (workshopId) => http.get(`${w(workshopId)}/registrations`),
  /** The registrations as CSV text (facilitator or coordinator). */
  registrationsCsv: (workshopId) =>
    http.get(`${w(workshopId)}/registrations`, { query: { format: 'csv' }, headers: { Accept: 'text/csv, application/problem+json' } }),
  registrationsCsvUrl: (workshopId) => `${API_BASE}${w(workshopId)}/registrations?format=csv`,

  // Problems ("problématiques") and votes
  problems: (workshopId) => http.get(`${w(workshopId)}/problems`),
  addProblem: (workshopId, { title, description }) => http.post(`${w(workshopId)}/problems`, compact({ title, description })),
  vote: (problemId) => http.post(`/workshops/problems/${encodeURIComponent(problemId)}/vote`),
  unvote: (problemId) => http.delete(`/workshops/problems/${encodeURIComponent(problemId)}/vote`),
  choose: (workshopId, problemId) => http.put(`${w(workshopId)}/chosen-problem`, { problemId }),

  // Live session
  session: (workshopId) => http.get(`${w(workshopId)}/session`),
  setPhase: (workshopId, { phase, minutes }) => http.put(`${w(workshopId)}/phase`, compact({ phase, minutes })),
  /**
   * Opens the session's Server-Sent Events stream with the bearer token (EventSource cannot send it); the caller
   * reads the body with `readEventStream` from ./sse. Resolves with the raw Response.
   */
  openSessionStream: (workshopId, { token, signal }) =>
    fetch(`${API_BASE}${w(workshopId)}/session/stream`, {
      method: 'GET',
      headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    }),

  // Record ("document commun")
  record: (workshopId) => http.get(`${w(workshopId)}/record`),
  saveRecord: (workshopId, { summary, insights, actionPlan, version }) =>
    http.put(`${w(workshopId)}/record`, { summary, insights, actionPlan, version }),
  journal: (slug) => http.get(`${g(slug)}/workshop-journal`),
  journalMarkdown: (slug) =>
    http.get(`${g(slug)}/workshop-journal`, { query: { format: 'markdown' }, headers: { Accept: 'text/markdown, application/problem+json' } }),
  journalMarkdownUrl: (slug) => `${API_BASE}${g(slug)}/workshop-journal?format=markdown`,
}
