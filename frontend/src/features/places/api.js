import { API_BASE, http } from '@/lib/http'

const p = (placeId) => `/places/${encodeURIComponent(placeId)}`

/** Kinds of places (labels in places.json → `places.kinds.<KIND>`). */
export const PLACE_KINDS = ['MEDIATHEQUE_TIERS_LIEU', 'MEDIATHEQUE', 'TIERS_LIEU', 'COLLECTIVITE', 'RESEAU', 'AUTRE']
/** The managed themes (labels → `places.themes.<THEME>`); anything else is a free tag. */
export const PLACE_THEMES = [
  'INCLUSION_NUMERIQUE', 'FABLAB', 'COWORKING', 'CULTURE', 'LECTURE_PUBLIQUE', 'JEUNESSE', 'EMPLOI_FORMATION',
  'ALIMENTATION', 'TRANSITION_ECOLOGIQUE', 'CITOYENNETE', 'SOLIDARITE', 'ARTISANAT',
]
/** INSEE codes of the regions, for the region filter (names → `places.regions.<code>`). */
export const REGIONS = ['84', '27', '53', '24', '94', '44', '32', '11', '28', '75', '76', '52', '93', '01', '02', '03', '04', '06']

/** Open data files, relative to the API (anyone may download them). */
export const OPEN_DATA = {
  geojson: `${API_BASE}/places.geojson`,
  csv: `${API_BASE}/places.csv`,
  gogocarto: `${API_BASE}/places.gogocarto.json`,
}

/** Drops empty filters so that the query string stays short and shareable. */
function compact(query) {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== false))
}

function form(file, source) {
  const data = new FormData()
  data.append('file', file)
  if (source) data.append('source', source)
  return data
}

export const placesApi = {
  /** The directory: filters q, department, region, kind, theme, visitsWelcome, testimonyWelcome; a page at a time. */
  list: (filters = {}) => http.get('/places', { query: compact(filters) }),
  get: (placeId) => http.get(p(placeId)),
  create: (payload) => http.post('/places', payload),
  /** PATCH semantics: only the given fields change; `version` is required (409 stale-version when outdated). */
  update: (placeId, changes) => http.patch(p(placeId), changes),
  remove: (placeId) => http.delete(p(placeId)),
  history: (placeId) => http.get(`${p(placeId)}/history`),
  mapSettings: () => http.get('/places/map-settings'),

  // Imports from CSV files (coordinators)
  previewImport: (slug, file) => http.post(`/groups/${encodeURIComponent(slug)}/places/import/preview`, form(file)),
  startImport: (slug, file, source) => http.post(`/groups/${encodeURIComponent(slug)}/places/import`, form(file, source)),
  importProgress: (importId) => http.get(`/imports/${encodeURIComponent(importId)}`),

  // Visits: asking, following one's requests, the referent's answer through the mailed link
  requestVisit: (placeId, payload) => http.post(`${p(placeId)}/visit-requests`, payload),
  visitRequestsOf: (placeId) => http.get(`${p(placeId)}/visit-requests`),
  myVisitRequests: () => http.get('/me/visit-requests'),
  visitRequest: (token) => http.get(`/visit-requests/${encodeURIComponent(token)}`),
  acceptVisit: (token, payload) => http.post(`/visit-requests/${encodeURIComponent(token)}/accept`, payload),
  declineVisit: (token, message) => http.post(`/visit-requests/${encodeURIComponent(token)}/decline`, { message: message || undefined }),
}
