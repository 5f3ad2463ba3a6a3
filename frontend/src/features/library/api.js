import { http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const e = (entryId) => `/library/${encodeURIComponent(entryId)}`

/** Kinds and licences, in the order the forms offer them (labels in library.json). */
export const KINDS = ['ARTICLE', 'BOOK', 'REPORT', 'PODCAST', 'VIDEO', 'TOOLKIT', 'PROJECT_SHEET']
export const LICENCES = ['CC_BY', 'CC_BY_SA', 'CC_BY_NC', 'CC_BY_NC_SA', 'CC_BY_ND', 'CC_BY_NC_ND', 'CC0', 'LICENCE_OUVERTE', 'ALL_RIGHTS_RESERVED']
export const EXPORT_FORMATS = ['csv', 'csl-json', 'bibtex']
export const EXPORT_TYPES = { csv: 'text/csv', 'csl-json': 'application/vnd.citationstyles.csl+json', bibtex: 'application/x-bibtex' }
const EXPORT_EXTENSIONS = { csv: 'csv', 'csl-json': 'json', bibtex: 'bib' }
export const exportFileName = (slug, format) => `bibliotheque-${slug}.${EXPORT_EXTENSIONS[format]}`

/** "a, b ,, c" → ['a', 'b', 'c'] */
export function splitList(text) {
  return String(text || '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

export const libraryApi = {
  list: (slug, { q, kind, theme, cursor, limit } = {}) => http.get(`${g(slug)}/library`, { query: { q, kind, theme, cursor, limit } }),
  create: (slug, entry) => http.post(`${g(slug)}/library`, entry),
  get: (entryId) => http.get(e(entryId)),
  update: (entryId, changes) => http.patch(e(entryId), changes),
  remove: (entryId) => http.delete(e(entryId)),
  /** An export as text (CSV, CSL-JSON or BibTeX), fetched with the session so that private groups work too. */
  exportText: async (slug, format, { q, kind, theme } = {}) => {
    const body = await http.get(`${g(slug)}/library/export`, {
      query: { format, q, kind, theme },
      headers: { Accept: `${EXPORT_TYPES[format]}, application/problem+json` },
    })
    return typeof body === 'string' ? body : JSON.stringify(body, null, 2)
  },
}
