import { API_BASE, currentLanguage, http } from '@/lib/http'

/** The titles streamed are written in the interface's language, as everywhere else. */
function languageHeader() {
  const lang = currentLanguage()
  return lang ? { 'Accept-Language': lang } : {}
}

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
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}`, ...languageHeader() },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    }),
}
