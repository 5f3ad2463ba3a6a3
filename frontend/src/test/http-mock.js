import { vi } from 'vitest'

/** A real fetch Response carrying JSON (or problem+json when `problem` is true). */
export function jsonResponse(status, body, { problem = false, headers = {} } = {}) {
  const init = {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers },
  }
  return new Response(status === 204 ? null : JSON.stringify(body), init)
}

export function problem(status, { type = 'about:blank', title = 'Error', detail, errors, headers } = {}) {
  return jsonResponse(status, { type, title, status, detail, errors }, { problem: true, headers })
}

/**
 * Stubs fetch with a route table: `{ 'POST /api/v1/auth/login': (call) => Response }`.
 * Unknown routes answer 404. Every call is recorded with its parsed JSON body and headers.
 */
export function mockFetch(routes) {
  const calls = []
  const fn = vi.fn(async (url, init = {}) => {
    const method = (init.method || 'GET').toUpperCase()
    const path = String(url).split('?')[0]
    const call = {
      method,
      url: String(url),
      path,
      headers: init.headers || {},
      body: init.body ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    }
    calls.push(call)
    const handler = routes[`${method} ${path}`]
    if (!handler) return problem(404, { title: 'Not Found' })
    const result = typeof handler === 'function' ? handler(call, calls) : handler
    // A Response given as a value may be answered several times: hand out copies.
    if (result instanceof Response) return result === handler ? handler.clone() : result
    return jsonResponse(200, result)
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls, callsTo: (key) => calls.filter((c) => `${c.method} ${c.path}` === key) }
}

export const me = (overrides = {}) => ({
  id: 1,
  email: 'camille@mediatheque.fr',
  username: 'camille',
  displayName: 'Camille',
  bio: '',
  locale: 'fr',
  emailDigest: 'IMMEDIATE',
  emailVerified: true,
  siteRole: 'USER',
  createdAt: '2026-01-10T09:00:00Z',
  groups: [],
  ...overrides,
})

export const session = (user = me(), accessToken = 'access-1') => ({
  accessToken,
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'refresh-secret',
  user,
})
