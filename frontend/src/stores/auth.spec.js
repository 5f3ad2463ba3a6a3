import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { refreshDelayMs, useAuthStore } from './auth'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

describe('auth store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('login stores the access token and the user', async () => {
    const { calls } = mockFetch({ 'POST /api/v1/auth/login': jsonResponse(200, session(me(), 'abc')) })
    const auth = useAuthStore()

    const user = await auth.login('camille@mediatheque.fr', 'secret-password')

    expect(calls[0].body).toEqual({ email: 'camille@mediatheque.fr', password: 'secret-password' })
    expect(auth.accessToken).toBe('abc')
    expect(user.username).toBe('camille')
    expect(auth.isAuthenticated).toBe(true)
    expect(auth.roles).toEqual(['USER'])
    expect(auth.isAdmin).toBe(false)
  })

  it('keeps the refresh token out of the store and out of localStorage', async () => {
    mockFetch({ 'POST /api/v1/auth/login': jsonResponse(200, session(me(), 'abc')) })
    const auth = useAuthStore()
    await auth.login('camille@mediatheque.fr', 'secret-password')
    expect(JSON.stringify(auth.$state)).not.toContain('refresh-secret')
    expect(JSON.stringify({ ...localStorage })).not.toContain('abc')
  })

  it('a failed login leaves the session empty and rethrows the ApiError', async () => {
    mockFetch({ 'POST /api/v1/auth/login': problem(401, { title: 'Unauthorized' }) })
    const auth = useAuthStore()
    await expect(auth.login('x@y.fr', 'wrong-password')).rejects.toMatchObject({ status: 401 })
    expect(auth.isAuthenticated).toBe(false)
  })

  it('logout calls the API and clears the session', async () => {
    const { callsTo } = mockFetch({ 'POST /api/v1/auth/logout': new Response(null, { status: 204 }) })
    const auth = useAuthStore()
    auth.setSession(session(me(), 'abc'))

    await auth.logout()

    expect(callsTo('POST /api/v1/auth/logout')[0].headers.Authorization).toBe('Bearer abc')
    expect(auth.accessToken).toBeNull()
    expect(auth.user).toBeNull()
    expect(auth.isAuthenticated).toBe(false)
  })

  it('logout clears the session even when the server fails', async () => {
    mockFetch({ 'POST /api/v1/auth/logout': problem(500) })
    const auth = useAuthStore()
    auth.setSession(session())
    await auth.logout()
    expect(auth.isAuthenticated).toBe(false)
  })

  it('restore() gets a session from the refresh cookie, once', async () => {
    const { callsTo } = mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me(), 'restored')) })
    const auth = useAuthStore()

    await Promise.all([auth.restore(), auth.restore()])
    await auth.restore()

    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
    expect(auth.accessToken).toBe('restored')
    expect(auth.user.email).toBe('camille@mediatheque.fr')
    expect(auth.restored).toBe(true)
  })

  it('restore() without a valid cookie leaves the visitor signed out', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const auth = useAuthStore()
    await expect(auth.restore()).resolves.toBe(false)
    expect(auth.isAuthenticated).toBe(false)
    expect(auth.restored).toBe(true)
  })

  it('restore() on a browser that never signed in asks nothing (no 401 in the console)', async () => {
    localStorage.removeItem('entraide.session')
    const { callsTo } = mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const auth = useAuthStore()
    await expect(auth.restore()).resolves.toBe(false)
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(0)
    expect(auth.restored).toBe(true)
  })

  it('signing in leaves the hint for the next visit, signing out removes it', async () => {
    localStorage.removeItem('entraide.session')
    mockFetch({ 'POST /api/v1/auth/login': jsonResponse(200, session(me(), 'abc')), 'POST /api/v1/auth/logout': jsonResponse(204) })
    const auth = useAuthStore()
    await auth.login('camille@mediatheque.fr', 'un-mot-de-passe')
    expect(localStorage.getItem('entraide.session')).toBe('1')
    await auth.logout()
    expect(localStorage.getItem('entraide.session')).toBeNull()
  })

  it('concurrent refreshes share one request', async () => {
    const { callsTo } = mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me(), 'new')) })
    const auth = useAuthStore()
    const results = await Promise.all([auth.refresh(), auth.refresh(), auth.refresh()])
    expect(results).toEqual([true, true, true])
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
  })

  it('schedules a refresh shortly before the token expires', async () => {
    vi.useFakeTimers()
    const { callsTo } = mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me(), 'next')) })
    const auth = useAuthStore()
    auth.setSession({ ...session(me(), 'first'), expiresIn: 300 })

    await vi.advanceTimersByTimeAsync(239_000)
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
    expect(auth.accessToken).toBe('next')
  })

  it('no scheduled refresh survives a logout', async () => {
    vi.useFakeTimers()
    const { callsTo } = mockFetch({ 'POST /api/v1/auth/logout': new Response(null, { status: 204 }) })
    const auth = useAuthStore()
    auth.setSession({ ...session(), expiresIn: 60 })
    await auth.logout()
    await vi.advanceTimersByTimeAsync(120_000)
    expect(callsTo('POST /api/v1/auth/refresh')).toHaveLength(0)
  })

  it('roles: an ADMIN has ADMIN and USER; signed out has none', () => {
    const auth = useAuthStore()
    expect(auth.roles).toEqual([])
    auth.setSession(session(me({ siteRole: 'ADMIN' })))
    expect(auth.roles).toEqual(['USER', 'ADMIN'])
    expect(auth.isAdmin).toBe(true)
    expect(auth.hasAnyRole(['ADMIN'])).toBe(true)
    auth.setUser(me({ siteRole: 'USER' }))
    expect(auth.hasAnyRole(['ADMIN'])).toBe(false)
    expect(auth.hasAnyRole([])).toBe(true)
  })

  it('needsEmailVerification follows the user', () => {
    const auth = useAuthStore()
    auth.setSession(session(me({ emailVerified: false })))
    expect(auth.needsEmailVerification).toBe(true)
    auth.setUser(me({ emailVerified: true }))
    expect(auth.needsEmailVerification).toBe(false)
  })

  it('refreshDelayMs renews 60 s early for long tokens, 20 % early for short ones', () => {
    expect(refreshDelayMs(900)).toBe(840_000)
    expect(refreshDelayMs(100)).toBe(80_000)
    expect(refreshDelayMs(undefined)).toBeNull()
  })
})
