import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import BoardView from './BoardView.vue'
import BoardsView from './BoardsView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'
import { groupView } from '@/features/groups/group.fixtures'
import { SLUG, boardView, cardView } from '@/features/boards/fixtures'

function api(routes = {}) {
  return mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    [`GET /api/v1/groups/${SLUG}`]: groupView(),
    'GET /api/v1/boards/3/stream': () => new Response('', { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    ...routes,
  })
}

describe('board screens', () => {
  it('lists the boards of the group and opens one with its columns, one per line', async () => {
    const { callsTo } = api({
      [`GET /api/v1/groups/${SLUG}`]: groupView({ can: { takePart: true, coordinate: true } }),
      [`GET /api/v1/groups/${SLUG}/boards`]: { items: [{ id: 3, title: 'Feuille de route 2027', question: '', status: 'OPEN', cards: 2, createdAt: '2026-11-14T12:00:00Z' }], nextCursor: null },
      [`POST /api/v1/groups/${SLUG}/boards`]: jsonResponse(201, boardView({ id: 9 })),
      'GET /api/v1/boards/9': boardView({ id: 9 }),
    })
    const user = userEvent.setup()
    const { router } = await renderWithApp(BoardsView, { route: `/groups/${SLUG}/boards`, props: { slug: SLUG } })
    expect(await screen.findByRole('link', { name: 'Feuille de route 2027' })).toHaveAttribute('href', `/groups/${SLUG}/boards/3`)
    expect(screen.getByText('2 cartes')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Nouveau tableau' }))
    await user.type(screen.getByRole('textbox', { name: /Titre/ }), 'Atelier')
    await user.click(screen.getByRole('button', { name: 'Ouvrir le tableau' }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/groups/${SLUG}/boards/9`))
    expect(callsTo(`POST /api/v1/groups/${SLUG}/boards`)[0].body).toEqual({ title: 'Atelier', columns: ['Constats', 'Idées', 'Actions'], votesPerMember: 3 })
  })

  it('moves a card with the keyboard buttons and says where it went', async () => {
    let moved = false
    const { callsTo } = api({
      'GET /api/v1/boards/3': () => jsonResponse(200, moved
        ? boardView({ columns: [{ id: 1, name: 'Constats', position: 1, cards: [cardView({ id: 12, text: 'Personne ne sait qui contacter' }), cardView()] }, { id: 2, name: 'Idées', position: 2, cards: [] }] })
        : boardView()),
      'PATCH /api/v1/cards/11': () => {
        moved = true
        return jsonResponse(200, cardView({ position: 'z' }))
      },
    })
    const user = userEvent.setup()
    await renderWithApp(BoardView, { route: `/groups/${SLUG}/boards/3`, props: { slug: SLUG, id: '3' } })
    const column = await screen.findByRole('list', { name: /Constats/ })
    expect(within(column).getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText('Votes restants : 3 sur 3', { exact: false })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Descendre « Les médiathèques ne sont pas sur la carte »' }))
    expect(await screen.findByText('« Les médiathèques ne sont pas sur la carte » est dans Constats, position 2 sur 2.')).toBeInTheDocument()
    expect(callsTo('PATCH /api/v1/cards/11')[0].body).toEqual({ column: 1, after: 12, version: 0 })
  })

  it('shows theirs beside mine when someone edited the card meanwhile, and keeps mine on request', async () => {
    let attempt = 0
    const theirs = cardView({ text: 'Leur texte', version: 1, author: { id: 1, displayName: 'Camille' } })
    const { callsTo } = api({
      'GET /api/v1/boards/3': () => jsonResponse(200, attempt ? boardView({ columns: [{ id: 1, name: 'Constats', position: 1, cards: [theirs] }] }) : boardView()),
      'PATCH /api/v1/cards/11': () =>
        ++attempt === 1
          ? jsonResponse(409, { type: '/problems/stale-version', code: 'common.stale-version', title: 'Modifié entre-temps', status: 409, current: theirs }, { problem: true })
          : jsonResponse(200, cardView({ text: 'Mon texte', version: 2 })),
    })
    const user = userEvent.setup()
    await renderWithApp(BoardView, { route: `/groups/${SLUG}/boards/3`, props: { slug: SLUG, id: '3' } })
    await user.click(await screen.findByRole('button', { name: 'Modifier : Les médiathèques ne sont pas sur la carte' }))
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la carte' })
    const text = within(dialog).getByRole('textbox', { name: /Texte de la carte/ })
    await user.clear(text)
    await user.type(text, 'Mon texte')
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }))
    expect(await within(dialog).findByText('Leur texte')).toBeInTheDocument()
    expect(within(dialog).getByText('Mon texte')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Garder ma version' }))
    await waitFor(() => expect(callsTo('PATCH /api/v1/cards/11')).toHaveLength(2))
    expect(callsTo('PATCH /api/v1/cards/11')[1].body).toEqual({ text: 'Mon texte', details: '', version: 1 })
  })

  it('offers revealing and closing to the facilitator only, as the server says', async () => {
    api({ 'GET /api/v1/boards/3': boardView({ can: { takePart: true, reveal: true, close: true } }) })
    await renderWithApp(BoardView, { route: `/groups/${SLUG}/boards/3`, props: { slug: SLUG, id: '3' } })
    expect(await screen.findByRole('button', { name: 'Révéler les votes' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Fermer le tableau' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Faire une action/ })).not.toBeInTheDocument()
  })
})
