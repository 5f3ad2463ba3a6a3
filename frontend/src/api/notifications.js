import { API_BASE, http } from './http'

export const notificationsApi = {
  list: ({ unreadOnly = false, limit = 20, cursor } = {}) =>
    http.get('/notifications', { query: { unreadOnly: String(Boolean(unreadOnly)), limit, cursor } }),
  unreadCount: () => http.get('/notifications/unread-count'),
  markRead: (ids) => http.post('/notifications/read', { ids }),
  markAllRead: () => http.post('/notifications/read', { all: true }),
  /** One-click unsubscribe from e-mails, with the token of the e-mail's link (no session needed). */
  unsubscribe: (token) => http.post('/unsubscribe', undefined, { query: { token }, auth: false }),
  /**
   * Opens the Server-Sent Events stream. EventSource cannot send an Authorization header, so this is a plain
   * fetch whose body the caller reads (see `readEventStream` in ./sse). Resolves with the raw Response.
   */
  openStream: ({ token, signal }) =>
    fetch(`${API_BASE}/notifications/stream`, {
      method: 'GET',
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    }),
}
