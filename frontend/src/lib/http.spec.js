import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError, request, http } from './http'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

describe('http', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('prefixes /api/v1, sends JSON and the bearer token of the auth store', async () => {
    const { calls } = mockFetch({ 'PATCH /api/v1/me': (call) => jsonResponse(200, { ...me(), ...call.body }) })
    useAuthStore().setSession(session(me(), 'tok-123'))

    const result = await http.patch('/me', { displayName: 'Cam' })

    expect(result.displayName).toBe('Cam')
    expect(calls).toHaveLength(1)
    expect(calls[0].url).toBe('/api/v1/me')
    expect(calls[0].headers.Authorization).toBe('Bearer tok-123')
    expect(calls[0].headers['Content-Type']).toBe('application/json')
    expect(calls[0].body).toEqual({ displayName: 'Cam' })
    expect(calls[0].credentials).toBe('same-origin')
  })

  it('sends no Authorization header when signed out or when auth is false', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/groups': { items: [], nextCursor: null } })
    await http.get('/groups')
    useAuthStore().setSession(session())
    await http.get('/groups', { auth: false })
    expect(calls[0].headers.Authorization).toBeUndefined()
    expect(calls[1].headers.Authorization).toBeUndefined()
  })

  it('builds the query string and skips empty values', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/groups': { items: [], nextCursor: null } })
    await http.get('/groups', { query: { limit: 20, cursor: 'abc=', status: undefined, q: '' } })
    expect(calls[0].url).toBe('/api/v1/groups?limit=20&cursor=abc%3D')
  })

  it('turns application/problem+json into an ApiError with errors[]', async () => {
    mockFetch({
      'POST /api/v1/auth/register': problem(409, {
        type: 'https://entraide.example/problems/conflict',
        title: 'Conflict',
        detail: 'Username already taken',
        errors: [{ field: 'username', message: 'déjà pris' }],
      }),
    })
    const error = await http.post('/auth/register', { username: 'camille' }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(409)
    expect(error.type).toBe('https://entraide.example/problems/conflict')
    expect(error.slug).toBe('conflict')
    expect(error.title).toBe('Conflict')
    expect(error.detail).toBe('Username already taken')
    expect(error.errors).toEqual([{ field: 'username', message: 'déjà pris' }])
  })

  it('reads Retry-After on 429', async () => {
    mockFetch({ 'POST /api/v1/auth/login': problem(429, { title: 'Too Many Requests', headers: { 'Retry-After': '42' } }) })
    const error = await http.post('/auth/login', {}).catch((e) => e)
    expect(error.status).toBe(429)
    expect(error.retryAfter).toBe(42)
  })

  it('resolves 204 No Content with null', async () => {
    mockFetch({ 'DELETE /api/v1/me/tokens/7': new Response(null, { status: 204 }) })
    await expect(http.delete('/me/tokens/7')).resolves.toBeNull()
  })

  it('rejects a network failure as an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await request('/groups').catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
    expect(error.slug).toBe('network-error')
  })

  it('on a 401 refreshes the session once and retries the call with the new token', async () => {
    const { calls, callsTo } = mockFetch({
      'GET /api/v1/me': (call) =>
        call.headers.Authorization === 'Bearer fresh' ? jsonResponse(200, me({ displayName: 'Again' })) : problem(401),
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me(), 'fresh')),
    })
    const auth = useAuthStore()
    auth.setSession(session(me(), 'stale'))

    const result = await http.get('/me')

    expect(result.displayName).toBe('Again')
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/v1/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/me'])
    expect(callsTo('POST /api/v1/auth/refresh')[0].headers.Authorization).toBeUndefined()
    expect(auth.accessToken).toBe('fresh')
  })

  it('gives up after a failed refresh: rejects with the 401 and clears the session', async () => {
    const { callsTo } = mockFetch({
      'GET /api/v1/me': problem(401, { title: 'Unauthorized' }),
      'POST /api/v1/auth/refresh': problem(401, { title: 'Unauthorized' }),
    })
    const auth = useAuthStore()
    auth.setSession(session(me(), 'stale'))

    const error = await http.get('/me').catch((e) => e)

    expect(error.status).toBe(401)
    expect(callsTo('GET /api/v1/me')).toHaveLength(1)
    expect(auth.isAuthenticated).toBe(false)
  })

  it('retries only once even if the retried call answers 401 again', async () => {
    const { callsTo } = mockFetch({
      'GET /api/v1/me': problem(401),
      'POST /api/v1/auth/refresh': () => jsonResponse(200, session(me(), `t${Math.random()}`)),
    })
    useAuthStore().setSession(session(me(), 'stale'))
    const error = await http.get('/me').catch((e) => e)
    expect(error.status).toBe(401)
    expect(callsTo('GET /api/v1/me')).toHaveLength(2)
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
  })

  it('does not refresh on a 401 that is about the credentials typed, not the session', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/me/password': problem(401, { type: '/problems/invalid-credentials', title: 'Identifiants incorrects' }),
    })
    useAuthStore().setSession(session())
    const error = await http.post('/me/password', { currentPassword: 'x', newPassword: 'y' }).catch((e) => e)
    expect(error.slug).toBe('invalid-credentials')
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(0)
    expect(useAuthStore().isAuthenticated).toBe(true)
  })
})
