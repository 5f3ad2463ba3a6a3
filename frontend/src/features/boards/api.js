import { API_BASE, http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const b = (boardId) => `/boards/${encodeURIComponent(boardId)}`
const c = (cardId) => `/cards/${encodeURIComponent(cardId)}`

export const boardsApi = {
  /** Newest first, a page at a time (`{items, nextCursor}`). */
  list: (slug, { cursor, limit } = {}) => http.get(`${g(slug)}/boards`, { query: { cursor, limit } }),
  create: (slug, { title, question, columns, votesPerMember, timeBoxMinutes, meetingId, workshopId }) =>
    http.post(`${g(slug)}/boards`, {
      title,
      question: question || undefined,
      columns,
      votesPerMember: votesPerMember === '' || votesPerMember == null ? undefined : Number(votesPerMember),
      timeBoxMinutes: timeBoxMinutes === '' || timeBoxMinutes == null ? undefined : Number(timeBoxMinutes),
      meetingId: meetingId || undefined,
      workshopId: workshopId || undefined,
    }),
  get: (boardId) => http.get(b(boardId)),
  addCard: (boardId, { column, text, details }) => http.post(`${b(boardId)}/cards`, { column, text, details: details || undefined }),
  /** Text and details against the version read (409 when someone changed them meanwhile). */
  editCard: (cardId, { text, details, version }) => http.patch(c(cardId), { text, details, version }),
  /** After the card `after` in `column` (at the top when after is null). */
  moveCard: (cardId, { column, after, version }) => http.patch(c(cardId), { column, after: after ?? undefined, version }),
  /** Into the group of the card `stackOn`; 0 takes it out of its group. */
  groupCard: (cardId, { stackOn, version }) => http.patch(c(cardId), { stackOn, version }),
  deleteCard: (cardId) => http.delete(c(cardId)),
  vote: (cardId) => http.put(`${c(cardId)}/vote`),
  unvote: (cardId) => http.delete(`${c(cardId)}/vote`),
  reveal: (boardId) => http.post(`${b(boardId)}/reveal`),
  close: (boardId) => http.post(`${b(boardId)}/close`),
  summary: (boardId) => http.get(`${b(boardId)}/summary`),
  /** The summary as a file: `markdown` or `csv`. */
  summaryFile: (boardId, format) =>
    http.get(`${b(boardId)}/summary`, {
      query: { format },
      headers: { Accept: `${format === 'csv' ? 'text/csv' : 'text/markdown'}, application/problem+json` },
    }),
  history: (boardId) => http.get(`${b(boardId)}/history`),
  /** `{to: 'ACTION', axisId}` or `{to: 'THREAD', category}`. */
  promote: (cardId, { to, axisId, category }) =>
    http.post(`${c(cardId)}/promote`, { to, axisId: to === 'ACTION' ? axisId : undefined, category: to === 'THREAD' ? category : undefined }),
  /** What a card may become: the group's roadmap axes and forum categories. */
  axes: (slug) => http.get(`${g(slug)}/roadmap`).then((roadmap) => roadmap?.axes ?? []),
  categories: (slug) => http.get(`${g(slug)}/categories`).then((page) => page?.items ?? []),
  /** Read with fetch so the bearer token goes along; resumes after `lastEventId` (or `after` on a first open). */
  openStream: (boardId, { token, signal, lastEventId, after }) =>
    fetch(`${API_BASE}${b(boardId)}/stream${lastEventId ? '' : after != null ? `?after=${encodeURIComponent(after)}` : ''}`, {
      method: 'GET',
      headers: {
        Accept: 'text/event-stream',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}),
      },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    }),
}
