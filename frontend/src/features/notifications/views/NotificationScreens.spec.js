import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import NotificationsView from './NotificationsView.vue'
import UnsubscribeView from './UnsubscribeView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const n = (id, overrides = {}) => ({
  id,
  type: 'MENTIONED',
  createdAt: '2026-11-10T10:00:00Z',
  readAt: null,
  title: `Notification ${id}`,
  excerpt: null,
  link: `/threads/${id}`,
  actor: null,
  ...overrides,
})

describe('NotificationsView', () => {
  it('lists notifications, filters the unread ones, marks one read, loads more', async () => {
    const { calls, callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/notifications': (call) => {
        if (call.url.includes('unreadOnly=true')) return jsonResponse(200, { items: [n(1)], nextCursor: null })
        if (call.url.includes('cursor=next')) return jsonResponse(200, { items: [n(3, { readAt: '2026-11-11T10:00:00Z' })], nextCursor: null })
        return jsonResponse(200, { items: [n(1), n(2, { readAt: '2026-11-11T10:00:00Z' })], nextCursor: 'next' })
      },
      'GET /api/v1/notifications/unread-count': { count: 0 },
      'POST /api/v1/notifications/read': new Response(null, { status: 204 }),
    })
    const user = userEvent.setup()
    await renderWithApp(NotificationsView, { route: '/notifications' })

    expect(await screen.findByRole('link', { name: 'Notification 1' })).toHaveAttribute('href', '/threads/1')
    expect(screen.getByRole('link', { name: 'Régler les e-mails' })).toHaveAttribute('href', '/profile#notifications')
    await user.click(screen.getByRole('button', { name: 'Charger plus' }))
    expect(await screen.findByRole('link', { name: 'Notification 3' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Marquer comme lue : Notification 1' }))
    await waitFor(() => expect(callsTo('POST /api/v1/notifications/read')[0].body).toEqual({ ids: [1] }))
    expect(screen.queryByRole('button', { name: /Marquer comme lue/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'Afficher seulement les non lues' }))
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/v1/notifications?unreadOnly=true'))).toBe(true))
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1))
  })

  it('has an empty state', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/notifications': { items: [], nextCursor: null },
    })
    await renderWithApp(NotificationsView, { route: '/notifications' })
    expect(await screen.findByText("Aucune notification pour l'instant.")).toBeInTheDocument()
  })
})

describe('UnsubscribeView', () => {
  it('explains, unsubscribes with the token in one click, then links to the e-mail preferences', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': problem(401),
      'POST /api/v1/unsubscribe': jsonResponse(200, {}),
    })
    const user = userEvent.setup()
    await renderWithApp(UnsubscribeView, { route: '/unsubscribe?token=abc123' })
    expect(screen.getByRole('heading', { level: 1, name: 'Se désabonner des e-mails' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Me désabonner des e-mails' }))

    expect(await screen.findByText(/vous ne recevrez plus d'e-mails/)).toBeInTheDocument()
    expect(callsTo('POST /api/v1/unsubscribe')[0].url).toBe('/api/v1/unsubscribe?token=abc123')
    expect(screen.getByRole('link', { name: 'préférences e-mail de mon profil' })).toHaveAttribute(
      'href',
      '/profile#notifications',
    )
  })

  it('says when the link is not valid', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'POST /api/v1/unsubscribe': problem(404, { title: 'Not Found' }) })
    const user = userEvent.setup()
    await renderWithApp(UnsubscribeView, { route: '/unsubscribe?token=old' })
    await user.click(screen.getByRole('button', { name: 'Me désabonner des e-mails' }))
    expect(await screen.findByRole('alert')).toHaveTextContent("Ce lien de désabonnement n'est pas valide ou a expiré.")
  })
})
