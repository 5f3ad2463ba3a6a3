import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ForumWatchMenu from './ForumWatchMenu.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, mockFetch, problem } from '@/test/http-mock'

async function renderMenu(props, routes = {}) {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': problem(401),
    'PUT /api/v1/categories/4/subscription': (call) => jsonResponse(200, { level: call.body.level }),
    'PUT /api/v1/threads/12/subscription': (call) => jsonResponse(200, { level: call.body.level }),
    ...routes,
  })
  const view = await renderWithApp(ForumWatchMenu, { props })
  return { ...view, api, user: userEvent.setup() }
}

describe('ForumWatchMenu (the bell)', () => {
  it('is a menu button: Enter opens on the first level, arrows move and wrap, Escape closes and returns focus', async () => {
    const { user } = await renderMenu({ kind: 'category', targetId: 4, level: 'NORMAL', subject: 'Vie du groupe' })
    const button = screen.getByRole('button', { name: /Notifications de la rubrique : Normal/ })
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()

    await user.tab()
    expect(button).toHaveFocus()
    await user.keyboard('{Enter}')

    expect(button).toHaveAttribute('aria-expanded', 'true')
    const items = screen.getAllByRole('menuitemradio')
    expect(items).toHaveLength(5)
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: 'Surveiller' })).toHaveFocus())
    expect(screen.getByRole('menuitemradio', { name: 'Surveiller' })).toHaveAccessibleDescription(/e-mail à chaque nouveau message/)
    expect(screen.getByRole('menuitemradio', { name: 'Normal' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('menuitemradio', { name: 'Surveiller' })).toHaveAttribute('aria-checked', 'false')

    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitemradio', { name: 'Premier message seulement' })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getByRole('menuitemradio', { name: 'Silencieux' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(screen.getByRole('menuitemradio', { name: 'Surveiller' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
  })

  it('ArrowDown opens, Enter picks the level: PUT /categories/{id}/subscription, then the new level shows', async () => {
    const { user, api, emitted } = await renderMenu({ kind: 'category', targetId: 4, level: 'NORMAL' })
    screen.getByRole('button', { name: /Notifications de la rubrique/ }).focus()

    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: 'Surveiller' })).toHaveFocus())
    await user.keyboard('{Enter}')

    await waitFor(() => expect(api.callsTo('PUT /api/v1/categories/4/subscription')).toHaveLength(1))
    expect(api.callsTo('PUT /api/v1/categories/4/subscription')[0].body).toEqual({ level: 'WATCHING' })
    await waitFor(() => expect(emitted()['update:level']).toEqual([['WATCHING']]))
    expect(screen.getByRole('status')).toHaveTextContent('Notifications réglées sur « Surveiller ».')
    await waitFor(() => expect(screen.getByRole('button', { name: /Notifications de la rubrique/ })).toHaveFocus())
  })

  it('on a thread, offers no "first post only" and saves on the thread', async () => {
    const { user, api } = await renderMenu({ kind: 'thread', targetId: 12, level: 'WATCHING' })
    await user.click(screen.getByRole('button', { name: /Notifications de la discussion : Surveiller/ }))
    expect(screen.getAllByRole('menuitemradio').map((i) => i.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false', 'false'])
    expect(screen.queryByRole('menuitemradio', { name: 'Premier message seulement' })).not.toBeInTheDocument()
    // A click opens on the current level.
    expect(screen.getByRole('menuitemradio', { name: 'Surveiller' })).toHaveFocus()
    await user.click(screen.getByRole('menuitemradio', { name: 'Silencieux' }))
    await waitFor(() => expect(api.callsTo('PUT /api/v1/threads/12/subscription')[0]?.body).toEqual({ level: 'MUTED' }))
  })

  it('shows the server refusal', async () => {
    const { user } = await renderMenu(
      { kind: 'thread', targetId: 12, level: 'NORMAL' },
      { 'PUT /api/v1/threads/12/subscription': problem(403, { title: 'Forbidden', detail: 'Réservé aux membres du groupe.' }) },
    )
    await user.click(screen.getByRole('button', { name: /Notifications de la discussion/ }))
    await user.click(screen.getByRole('menuitemradio', { name: 'Suivre' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Réservé aux membres du groupe.')
  })
})
