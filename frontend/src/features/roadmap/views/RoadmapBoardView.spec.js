import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import RoadmapBoardView from './RoadmapBoardView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { AS, SLUG, groupView } from '@/features/groups/group.fixtures'

const group = groupView(AS.coordinator)

let nextId = 100
const action = (title, status, overrides = {}) => ({
  id: nextId++,
  axisId: 1,
  title,
  description: '',
  status,
  position: 1,
  targetDate: null,
  volunteers: [],
  threadId: 40,
  updatedAt: '2026-10-03T08:00:00Z',
  version: 3,
  ...overrides,
})

function board({ manage = false } = {}) {
  nextId = 100
  const visibiliser = [
    action('Élaboration de vidéo avec le soutien de l’ANTL', 'WAITING', { position: 1 }),
    action('Intégration des médiathèques dans la carte des tiers-lieux de l’ANTL', 'ACTIONABLE', {
      position: 2,
      version: 7,
      volunteers: [{ id: 3, displayName: 'Mathilde Servet' }],
    }),
    action('Assurer une représentation des médiathèques dans les réseaux', 'ACTIONABLE', { position: 3 }),
    action('Journée d’étude avec production d’actes', 'WAITING', { position: 4 }),
    action('Organiser des voyages apprenants', 'WAITING', { position: 5 }),
  ]
  const animer = [action('Recherche de financements pour recruter un·e animatrice', 'IN_PROGRESS', { axisId: 2, position: 1 })]
  return {
    can: { manage },
    axes: [
      { id: 1, title: 'Visibiliser les médiathèques Tiers-Lieux', description: '', position: 1, version: 0, actions: visibiliser },
      { id: 2, title: 'Animer et faire vivre la communauté', description: '', position: 2, version: 0, actions: animer },
    ],
  }
}

async function renderBoard({ roadmap = board(), user = me(), routes = {} } = {}) {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': user ? jsonResponse(200, session(user)) : problem(401),
    [`GET /api/v1/groups/${SLUG}`]: group,
    [`GET /api/v1/groups/${SLUG}/roadmap`]: roadmap,
    ...routes,
  })
  const view = await renderWithApp(RoadmapBoardView, { route: `/groups/${SLUG}/roadmap`, props: { slug: SLUG } })
  await screen.findByRole('heading', { level: 1, name: 'Feuille de route · GT médiathèques tiers-lieux' })
  return { ...view, api, user: userEvent.setup() }
}

describe('RoadmapBoardView', () => {
  it('shows each axis with its actions, statuses in words, volunteers, and what is within our reach', async () => {
    await renderBoard({ user: null })
    const axis = screen.getByRole('region', { name: 'Visibiliser les médiathèques Tiers-Lieux' })
    expect(within(axis).getByRole('heading', { level: 2 })).toBeInTheDocument()
    const cards = within(axis).getAllByRole('article')
    expect(cards).toHaveLength(5)

    const map = cards[1]
    const link = within(map).getByRole('link', { name: 'Intégration des médiathèques dans la carte des tiers-lieux de l’ANTL' })
    expect(link).toHaveAttribute('href', `/groups/${SLUG}/roadmap/actions/101`)
    expect(within(map).getByText('Activable')).toHaveClass('app-badge')
    expect(within(map).getByText('À notre portée')).toBeInTheDocument()
    expect(within(map).getByText('Porté par : Mathilde Servet')).toBeInTheDocument()
    expect(map).toHaveClass('roadmap-card--actionable')

    expect(within(cards[0]).getByText('En attente')).toHaveClass('app-badge')
    expect(within(cards[0]).queryByText('À notre portée')).not.toBeInTheDocument()
    expect(within(cards[0]).getByText('Personne ne s’en est encore emparé.'.replace('’', "'"))).toBeInTheDocument()
    const other = screen.getByRole('region', { name: 'Animer et faire vivre la communauté' })
    expect(within(other).getByText('En cours')).toBeInTheDocument()
    // Readers get no coordinator tools.
    expect(screen.queryByRole('button', { name: /Monter/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Ajouter un axe' })).not.toBeInTheDocument()
  })

  it('names each progress picture with its counts in words, and shows them as text too', async () => {
    await renderBoard()
    const picture = screen.getByRole('img', {
      name: 'Visibiliser les médiathèques Tiers-Lieux : 2 activables, 3 en attente, 0 en cours, 0 réalisées, 0 abandonnées',
    })
    expect(picture.tagName.toLowerCase()).toBe('svg')
    expect(picture.querySelector('title')).toHaveTextContent('2 activables, 3 en attente')
    expect(picture.querySelectorAll('rect[data-status]')).toHaveLength(2)
    expect(screen.getByRole('img', { name: /Animer et faire vivre la communauté : 0 activables, 0 en attente, 1 en cours/ })).toBeInTheDocument()
    const axis = screen.getByRole('region', { name: 'Visibiliser les médiathèques Tiers-Lieux' })
    expect(within(axis).getByText('2 activables')).toBeVisible()
  })

  it('filters the cards by status and says how many are shown', async () => {
    const { user } = await renderBoard()
    expect(screen.getByText('6 actions affichées sur 6')).toHaveAttribute('role', 'status')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher les actions' }), 'Activable')
    expect(screen.getByText('2 actions affichées sur 6')).toBeInTheDocument()
    expect(screen.getAllByRole('article')).toHaveLength(2)
    expect(screen.queryByRole('link', { name: 'Organiser des voyages apprenants' })).not.toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Animer et faire vivre la communauté' })).getByText('Aucune action de cet axe n’a ce statut.'.replace('’', "'"))).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher les actions' }), 'En cours')
    expect(screen.getByText('1 action affichée sur 6')).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher les actions' }), 'Tous les statuts')
    expect(screen.getAllByRole('article')).toHaveLength(6)
  })

  it('"Monter" sends PATCH {position, version}, reloads the board and announces the new rank', async () => {
    let calls = 0
    const moved = board({ manage: true })
    const [first, second] = moved.axes[0].actions
    moved.axes[0].actions = [{ ...second, position: 1, version: 8 }, { ...first, position: 2, version: 4 }, ...moved.axes[0].actions.slice(2)]
    const { api, user } = await renderBoard({
      routes: {
        [`GET /api/v1/groups/${SLUG}/roadmap`]: () => jsonResponse(200, calls++ === 0 ? board({ manage: true }) : moved),
        'PATCH /api/v1/roadmap/actions/101': (call) => jsonResponse(200, { ...second, position: call.body.position, version: 8 }),
      },
    })
    const up = screen.getByRole('button', { name: 'Monter « Intégration des médiathèques dans la carte des tiers-lieux de l’ANTL »' })
    expect(screen.getByRole('button', { name: 'Monter « Élaboration de vidéo avec le soutien de l’ANTL »' })).toBeDisabled()
    await user.click(up)

    await waitFor(() => expect(api.callsTo('PATCH /api/v1/roadmap/actions/101')).toHaveLength(1))
    expect(api.callsTo('PATCH /api/v1/roadmap/actions/101')[0].body).toEqual({ position: 1, version: 7 })
    await waitFor(() =>
      expect(screen.getByText('« Intégration des médiathèques dans la carte des tiers-lieux de l’ANTL » est maintenant en position 1 sur 5 dans l’axe « Visibiliser les médiathèques Tiers-Lieux ».'.replaceAll('l’axe', "l'axe"))).toHaveAttribute('role', 'status'),
    )
    const titles = within(screen.getByRole('region', { name: 'Visibiliser les médiathèques Tiers-Lieux' })).getAllByRole('heading', { level: 3 })
    expect(titles[0]).toHaveTextContent('Intégration des médiathèques')
    // Now first, its "Monter" is disabled: the keyboard lands on "Descendre" of the same card.
    expect(screen.getByRole('button', { name: /^Descendre « Intégration/ })).toHaveFocus()
  })

  it('a 409 while moving reloads the board and says so', async () => {
    const { api, user } = await renderBoard({
      roadmap: board({ manage: true }),
      routes: { 'PATCH /api/v1/roadmap/actions/100': problem(409, { type: 'https://entraide.example/problems/stale-version', title: 'Modifié entre-temps' }) },
    })
    await user.click(screen.getByRole('button', { name: /^Descendre « Élaboration/ }))
    expect(await screen.findByText(/Quelqu'un a modifié la feuille de route entre-temps/)).toBeInTheDocument()
    expect(api.callsTo(`GET /api/v1/groups/${SLUG}/roadmap`)).toHaveLength(2)
  })

  it('empty roadmap: coordinators are told how to start and add an axis', async () => {
    const { api, user } = await renderBoard({
      roadmap: { axes: [], can: { manage: true } },
      routes: {
        [`POST /api/v1/groups/${SLUG}/roadmap/axes`]: (call) => jsonResponse(201, { id: 9, title: call.body.title, description: '', position: 1, version: 0, actions: [] }),
      },
    })
    expect(screen.getByText("La feuille de route n'a pas encore d'axe.")).toBeInTheDocument()
    expect(screen.getByText(/Commencez par ajouter un axe/)).toBeInTheDocument()
    const form = screen.getByRole('region', { name: 'Ajouter un axe' })
    await user.click(within(form).getByRole('button', { name: "Ajouter l'axe" }))
    expect(within(form).getByText("Donnez un intitulé à l'axe.")).toBeInTheDocument()
    await user.type(within(form).getByLabelText("Intitulé de l'axe"), 'Porter un plaidoyer')
    await user.click(within(form).getByRole('button', { name: "Ajouter l'axe" }))
    await waitFor(() => expect(api.callsTo(`POST /api/v1/groups/${SLUG}/roadmap/axes`)[0]?.body).toEqual({ title: 'Porter un plaidoyer' }))
    expect(await screen.findByText('Axe « Porter un plaidoyer » ajouté.')).toBeInTheDocument()
  })

  it('deleting an axis that still has actions explains the 409', async () => {
    const { user } = await renderBoard({
      roadmap: board({ manage: true }),
      routes: { 'DELETE /api/v1/roadmap/axes/2': problem(409, { type: 'https://entraide.example/problems/conflict', title: 'Conflit', detail: 'Cet axe contient encore des actions.' }) },
    })
    await user.click(screen.getByRole('button', { name: "Supprimer l'axe « Animer et faire vivre la communauté »" }))
    const dialog = screen.getByRole('alertdialog', { name: "Supprimer l'axe « Animer et faire vivre la communauté » ?" })
    await user.click(within(dialog).getByRole('button', { name: "Supprimer l'axe" }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cet axe contient encore des actions : déplacez-les')
  })

  it('adds an action to an axis', async () => {
    const { api, user } = await renderBoard({
      roadmap: board({ manage: true }),
      routes: { 'POST /api/v1/roadmap/axes/2/actions': (call) => jsonResponse(201, action(call.body.title, call.body.status, { axisId: 2 })) },
    })
    const axis = screen.getByRole('region', { name: 'Animer et faire vivre la communauté' })
    await user.click(within(axis).getByText('Ajouter une action'))
    await user.type(within(axis).getByLabelText("Intitulé de l'action"), 'Proposer des modalités d’entraide')
    await user.selectOptions(within(axis).getByLabelText('Statut'), 'Activable')
    await user.click(within(axis).getByRole('button', { name: "Ajouter l'action" }))
    await waitFor(() => expect(api.callsTo('POST /api/v1/roadmap/axes/2/actions')).toHaveLength(1))
    expect(api.callsTo('POST /api/v1/roadmap/axes/2/actions')[0].body).toEqual({ title: 'Proposer des modalités d’entraide', status: 'ACTIONABLE' })
  })
})
