import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { backoffDelayMs, useNotificationsStore } from './notifications'
import { useAuthStore } from './auth'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const notification = (id, overrides = {}) => ({
  id,
  type: 'THREAD_CREATED',
  createdAt: '2026-11-14T12:00:00Z',
  readAt: null,
  title: 'Nouvelle discussion dans « Vie du groupe » : Nos prochaines rencontres',
  excerpt: 'Séance de retrouvailles le 14 novembre',
  link: '/threads/12',
  actor: { id: 2, displayName: 'Angélique' },
  ...overrides,
})

/**
 * fetch stub: REST routes through mockFetch, and /notifications/stream answered with controllable event streams
 * that honour the abort signal like a real fetch body does.
 */
function setup(routes = {}, { streamStatus = () => 200 } = {}) {
  const api = mockFetch({
    'GET /api/v1/notifications/unread-count': { count: 2 },
    'POST /api/v1/notifications/read': new Response(null, { status: 204 }),
    ...routes,
  })
  const rest = globalThis.fetch
  const streams = []
  vi.stubGlobal('fetch', async (url, init = {}) => {
    if (!String(url).endsWith('/notifications/stream')) return rest(url, init)
    const status = streamStatus(streams.length)
    const stream = {
      token: init.headers.Authorization,
      language: init.headers['Accept-Language'],
      signal: init.signal,
      aborted: false,
    }
    streams.push(stream)
    if (status !== 200) return problem(status)
    const encoder = new TextEncoder()
    const body = new ReadableStream({
      start(controller) {
        stream.send = (text) => controller.enqueue(encoder.encode(text))
        stream.close = () => controller.close()
        init.signal?.addEventListener('abort', () => {
          stream.aborted = true
          controller.error(new DOMException('The operation was aborted.', 'AbortError'))
        })
      },
    })
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
  })
  return { api, streams }
}

const event = (payload) => `event: notification\ndata: ${JSON.stringify(payload)}\n\n`

describe('notifications store', () => {
  let store
  beforeEach(() => {
    setActivePinia(createPinia())
  })
  afterEach(() => {
    store?.unbindSession()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('opens the stream with the bearer token when signed in and updates the count on each event', async () => {
    const { streams } = setup()
    useAuthStore().setSession(session(me(), 'access-1'))
    store = useNotificationsStore()
    store.bindSession()

    await vi.waitFor(() => expect(store.connected).toBe(true))
    expect(streams[0].token).toBe('Bearer access-1')
    await vi.waitFor(() => expect(store.count).toBe(2)) // caught up from /unread-count

    streams[0].send(': keep-alive\n\n')
    streams[0].send(event({ unreadCount: 3, notification: notification(7) }).slice(0, 25))
    streams[0].send(event({ unreadCount: 3, notification: notification(7) }).slice(25))

    await vi.waitFor(() => expect(store.count).toBe(3))
    expect(store.latest.map((n) => n.id)).toEqual([7])
    expect(store.lastArrived.title).toMatch(/Nos prochaines rencontres/)
  })

  it('marks one notification read, then all, keeping the badge in step with the server', async () => {
    const { api } = setup({ 'GET /api/v1/notifications/unread-count': { count: 1 } })
    store = useNotificationsStore()
    store.applyEvent({ event: 'notification', data: JSON.stringify({ unreadCount: 2, notification: notification(7) }) })
    store.applyEvent({ event: 'notification', data: JSON.stringify({ unreadCount: 3, notification: notification(8) }) })
    expect(store.count).toBe(3)

    await store.markRead([7])
    expect(api.callsTo('POST /api/v1/notifications/read')[0].body).toEqual({ ids: [7] })
    expect(store.latest.find((n) => n.id === 7).readAt).not.toBeNull()
    expect(store.count).toBe(1)

    await store.markAllRead()
    expect(api.callsTo('POST /api/v1/notifications/read')[1].body).toEqual({ all: true })
    expect(store.latest.every((n) => n.readAt)).toBe(true)
  })

  it('ignores other events and malformed data', () => {
    setup()
    store = useNotificationsStore()
    store.applyEvent({ event: 'message', data: '{"unreadCount": 9}' })
    store.applyEvent({ event: 'notification', data: 'not json' })
    expect(store.count).toBe(0)
  })

  it('disconnects and forgets everything on sign-out', async () => {
    vi.useFakeTimers()
    const { streams } = setup()
    const auth = useAuthStore()
    auth.setSession(session(me(), 'access-1'))
    store = useNotificationsStore()
    store.bindSession()
    await vi.waitFor(() => expect(store.connected).toBe(true))
    streams[0].send(event({ unreadCount: 5, notification: notification(9) }))
    await vi.waitFor(() => expect(store.count).toBe(5))

    auth.clearSession()

    await vi.waitFor(() => expect(streams[0].aborted).toBe(true))
    expect(store.connected).toBe(false)
    expect(store.count).toBe(0)
    expect(store.latest).toEqual([])
    await vi.advanceTimersByTimeAsync(60_000) // longer than the longest back-off: no retry was left behind
    expect(streams).toHaveLength(1)
  })

  it('re-opens the stream with the new token after a token refresh', async () => {
    const { streams } = setup()
    const auth = useAuthStore()
    auth.setSession(session(me(), 'access-1'))
    store = useNotificationsStore()
    store.bindSession()
    await vi.waitFor(() => expect(streams).toHaveLength(1))

    auth.setSession(session(me(), 'access-2'))

    await vi.waitFor(() => expect(streams).toHaveLength(2))
    expect(streams[0].aborted).toBe(true)
    expect(streams[1].token).toBe('Bearer access-2')
  })

  it('on a 401 from the stream, refreshes the token through the auth store and reconnects', async () => {
    const { api, streams } = setup(
      { 'POST /api/v1/auth/refresh': jsonResponse(200, session(me(), 'access-2')) },
      { streamStatus: (n) => (n === 0 ? 401 : 200) },
    )
    useAuthStore().setSession(session(me(), 'access-1'))
    store = useNotificationsStore()
    store.bindSession()

    await vi.waitFor(() => expect(streams).toHaveLength(2))
    expect(api.callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
    expect(streams.map((s) => s.token)).toEqual(['Bearer access-1', 'Bearer access-2'])
    await vi.waitFor(() => expect(store.connected).toBe(true))
  })

  it('reconnects with back-off when the stream ends', async () => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(1) // the whole 20 % of jitter: the first retry comes at 1.2 s
    const { streams } = setup()
    useAuthStore().setSession(session(me(), 'access-1'))
    store = useNotificationsStore()
    store.bindSession()
    await vi.waitFor(() => expect(store.connected).toBe(true))

    streams[0].close()

    await vi.waitFor(() => expect(store.connected).toBe(false))
    await vi.advanceTimersByTimeAsync(1000)
    expect(streams).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(200)
    expect(streams).toHaveLength(2)
    expect(streams[1].token).toBe('Bearer access-1')
  })

  it('backs off 1 s, 2 s, 4 s … up to 30 s, with at most 20 % jitter', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelayMs(n, () => 0))).toEqual([1000, 2000, 4000, 8000, 30000])
    expect(backoffDelayMs(0, () => 1)).toBe(1200)
  })

  it('asks for titles in the interface language, and asks again in the new one when it changes', async () => {
    document.documentElement.lang = 'fr'
    const titles = { fr: 'Angélique a ouvert « Rencontres »', en: 'Angélique started "Rencontres"' }
    const { api, streams } = setup({
      'GET /api/v1/notifications': (call) =>
        jsonResponse(200, { items: [notification(7, { title: titles[call.headers['Accept-Language']] })], nextCursor: null }),
    })
    useAuthStore().setSession(session(me(), 'access-1'))
    store = useNotificationsStore()
    store.bindSession()
    await vi.waitFor(() => expect(store.connected).toBe(true))
    await store.loadLatest()
    expect(streams[0].language).toBe('fr')
    expect(store.latest[0].title).toBe(titles.fr)

    document.documentElement.lang = 'en'
    store.relocalize()

    await vi.waitFor(() => expect(store.latest[0].title).toBe(titles.en))
    await vi.waitFor(() => expect(streams).toHaveLength(2))
    expect(streams[0].aborted).toBe(true)
    expect(streams[1].language).toBe('en')
    expect(api.callsTo('GET /api/v1/notifications').map((c) => c.headers['Accept-Language'])).toEqual(['fr', 'en'])
  })
})
