import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import App from '@/App.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

const notification = (id, overrides = {}) => ({
  id,
  type: 'THREAD_CREATED',
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  readAt: null,
  title: 'Nouvelle discussion : Séance de retrouvailles',
  excerpt: 'Le 14 novembre à partir de 13h en visio',
  link: '/threads/12',
  actor: { id: 2, displayName: 'Angélique Robert' },
  ...overrides,
})

/** The whole app, signed in, with a live stream the test writes to. */
async function renderSignedIn(routes = {}) {
  let count = 0
  const api = mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    'GET /api/v1/groups': { items: [], nextCursor: null },
    'GET /api/v1/notifications/unread-count': () => jsonResponse(200, { count }),
    'GET /api/v1/notifications': { items: [notification(7), notification(6, { readAt: '2026-11-01T10:00:00Z', title: 'Léa vous a mentionné·e' })], nextCursor: null },
    'POST /api/v1/notifications/read': () => {
      count = 0
      return new Response(null, { status: 204 })
    },
    ...routes,
  })
  const rest = globalThis.fetch
  const stream = {}
  vi.stubGlobal('fetch', async (url, init = {}) => {
    if (!String(url).endsWith('/notifications/stream')) return rest(url, init)
    const body = new ReadableStream({
      start(controller) {
        stream.send = (text) => controller.enqueue(new TextEncoder().encode(text))
        init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
      },
    })
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
  })
  const view = await renderWithApp(App, { route: '/' })
  await waitFor(() => expect(stream.send).toBeTypeOf('function'))
  return { ...view, api, stream, setCount: (n) => (count = n), user: userEvent.setup() }
}

describe('NotificationsBell in the header', () => {
  it('shows the unread count live from the stream and announces the new notification politely', async () => {
    const { stream, setCount } = await renderSignedIn()
    const banner = screen.getByRole('banner')
    const bell = await within(banner).findByRole('button', { name: 'Notifications' })
    expect(bell).toHaveAttribute('aria-expanded', 'false')

    setCount(1)
    stream.send(`event: notification\ndata: ${JSON.stringify({ unreadCount: 1, notification: notification(7) })}\n\n`)

    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications (1 non lue)'))
    expect(within(bell).getByText('1')).toBeInTheDocument()
    const live = within(banner).getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')
    await waitFor(() => expect(live).toHaveTextContent('Nouvelle notification : Nouvelle discussion : Séance de retrouvailles'))
    expect(bell).not.toHaveFocus()

    stream.send(`event: notification\ndata: ${JSON.stringify({ unreadCount: 3, notification: notification(8) })}\n\n`)
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications (3 non lues)'))
  })

  it('opens the latest notifications, marks all read, links to the full list, and Escape closes it', async () => {
    const { api, stream, user } = await renderSignedIn()
    stream.send(`event: notification\ndata: ${JSON.stringify({ unreadCount: 1, notification: notification(7) })}\n\n`)
    const bell = await screen.findByRole('button', { name: 'Notifications (1 non lue)' })

    await user.click(bell)

    expect(bell).toHaveAttribute('aria-expanded', 'true')
    const panel = document.getElementById(bell.getAttribute('aria-controls'))
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2))
    expect(api.calls.some((c) => c.url === '/api/v1/notifications?unreadOnly=false&limit=8')).toBe(true)
    const unread = within(panel).getByRole('link', { name: 'Nouvelle discussion : Séance de retrouvailles' })
    expect(unread).toHaveAttribute('href', '/threads/12')
    expect(unread.closest('p')).toHaveTextContent(/^Non lue/)
    expect(within(panel).getByText('Léa vous a mentionné·e').closest('p')).not.toHaveTextContent('Non lue')
    expect(within(panel).getByRole('link', { name: 'Toutes les notifications' })).toHaveAttribute('href', '/notifications')

    await user.click(within(panel).getByRole('button', { name: 'Tout marquer comme lu' }))
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications'))
    expect(api.callsTo('POST /api/v1/notifications/read')[0].body).toEqual({ all: true })

    await user.keyboard('{Escape}')
    expect(bell).toHaveAttribute('aria-expanded', 'false')
    expect(bell).toHaveFocus()
  })

  it('clicking a notification marks it read and closes the panel', async () => {
    const { api, stream, user } = await renderSignedIn({
      'GET /api/v1/threads/12': jsonResponse(404, {}),
      'GET /api/v1/threads/12/posts': jsonResponse(404, {}),
    })
    stream.send(`event: notification\ndata: ${JSON.stringify({ unreadCount: 1, notification: notification(7) })}\n\n`)
    await user.click(await screen.findByRole('button', { name: 'Notifications (1 non lue)' }))
    const panel = document.getElementById('notifications-panel')
    await user.click(await within(panel).findByRole('link', { name: 'Nouvelle discussion : Séance de retrouvailles' }))
    await waitFor(() => expect(api.callsTo('POST /api/v1/notifications/read')[0]?.body).toEqual({ ids: [7] }))
    expect(screen.getByRole('button', { name: /^Notifications/ })).toHaveAttribute('aria-expanded', 'false')
  })
})
