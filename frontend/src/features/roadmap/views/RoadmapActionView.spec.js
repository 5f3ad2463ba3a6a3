import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import RoadmapActionView from './RoadmapActionView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const SLUG = 'mediatheques-tiers-lieux'
const TITLE = 'Intégration des médiathèques dans la carte des tiers-lieux de l’ANTL'
const camille = me({ id: 1, displayName: 'Camille' })

const actionView = (overrides = {}) => ({
  id: 8,
  axisId: 1,
  title: TITLE,
  description: 'Faire apparaître nos lieux sur la carte du réseau.',
  status: 'ACTIONABLE',
  position: 2,
  targetDate: '2026-12-15',
  volunteers: [{ id: 3, displayName: 'Mathilde Servet' }],
  threadId: 40,
  updatedAt: '2026-10-03T08:00:00Z',
  version: 5,
  ...overrides,
})

const pageOf = (overrides = {}, action = {}) => ({
  action: actionView(action),
  axis: { id: 1, title: 'Visibiliser les médiathèques Tiers-Lieux' },
  group: { slug: SLUG, name: 'GT médiathèques tiers-lieux', description: '' },
  volunteering: false,
  // A member's, who does not carry it (a test names only what it allows: the rest is false).
  can: { volunteer: true },
  subscription: 'NORMAL',
  ...overrides,
})
/** What the server lets a coordinator do with it. */
const managing = { manage: true, volunteer: true }

const history = [
  { at: '2026-10-04T09:30:00Z', by: { id: 1, displayName: 'Camille' }, field: 'volunteers', from: null, to: 'Camille' },
  { at: '2026-10-03T15:00:00Z', by: { id: 3, displayName: 'Mathilde Servet' }, field: 'status', from: 'WAITING', to: 'ACTIONABLE' },
  { at: '2026-10-02T15:00:00Z', by: { id: 3, displayName: 'Mathilde Servet' }, field: 'axis', from: 'Animer', to: 'Visibiliser les médiathèques Tiers-Lieux' },
  { at: '2026-10-01T15:00:00Z', by: null, field: 'title', from: 'Carte', to: TITLE },
  { at: '2026-09-30T15:00:00Z', by: { id: 4, displayName: 'Audrey' }, field: 'volunteers', from: 'Audrey', to: null },
]

async function renderAction({ page = pageOf(), user = camille, routes = {} } = {}) {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': user ? jsonResponse(200, session(user)) : problem(401),
    'GET /api/v1/roadmap/actions/8': page,
    'GET /api/v1/roadmap/actions/8/history': { items: history, nextCursor: null },
    [`GET /api/v1/groups/${SLUG}/roadmap`]: {
      can: { manage: true },
      axes: [
        { id: 1, title: 'Visibiliser les médiathèques Tiers-Lieux', actions: [] },
        { id: 2, title: 'Animer et faire vivre la communauté', actions: [] },
      ],
    },
    ...routes,
  })
  const view = await renderWithApp(RoadmapActionView, { route: `/groups/${SLUG}/roadmap/actions/8`, props: { slug: SLUG, id: '8' } })
  await screen.findByRole('heading', { level: 1, name: TITLE })
  return { ...view, api, user: userEvent.setup() }
}

describe('RoadmapActionView', () => {
  it('tells the action and its history in plain French', async () => {
    await renderAction()
    expect(screen.getAllByText('Activable')[0]).toHaveClass('app-badge')
    expect(screen.getByText('À notre portée')).toBeInTheDocument()
    expect(screen.getByText('Visibiliser les médiathèques Tiers-Lieux', { selector: 'a' })).toHaveAttribute('href', `/groups/${SLUG}/roadmap`)
    expect(screen.getByText('15 décembre 2026')).toBeInTheDocument()
    expect(screen.getByText('Mathilde Servet', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: `Discussion de l'action « ${TITLE} »` })).toHaveAttribute('href', '/threads/40')
    expect(screen.getByRole('button', { name: /Notifications de la discussion : Normal/ })).toBeInTheDocument()

    const items = within(screen.getByRole('region', { name: 'Historique' })).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([
      "Camille s'est emparé·e de l'action, le 4 oct. 2026",
      'en attente → activable, le 3 oct. 2026 par Mathilde Servet',
      "déplacée de l'axe « Animer » vers « Visibiliser les médiathèques Tiers-Lieux », le 2 oct. 2026 par Mathilde Servet",
      `titre « Carte » → « ${TITLE} », le 1 oct. 2026 par un ancien membre`,
      "Audrey ne porte plus l'action, le 30 sept. 2026",
    ])
    expect(items[1].querySelector('time')).toHaveAttribute('datetime', '2026-10-03T15:00:00Z')
    // A member who is not a coordinator gets no edit form.
    expect(screen.queryByRole('heading', { name: "Modifier l'action" })).not.toBeInTheDocument()
  })

  it('"Je m\'en empare" calls the API and flips to "Je ne porte plus cette action", and back', async () => {
    let volunteering = false
    const { api, user } = await renderAction({
      routes: {
        'GET /api/v1/roadmap/actions/8': () =>
          jsonResponse(200, pageOf({ volunteering, can: volunteering ? { withdraw: true } : { volunteer: true }, subscription: volunteering ? 'WATCHING' : 'NORMAL' }, {
            version: volunteering ? 6 : 5,
            volunteers: volunteering ? [{ id: 3, displayName: 'Mathilde Servet' }, { id: 1, displayName: 'Camille' }] : [{ id: 3, displayName: 'Mathilde Servet' }],
          })),
        'POST /api/v1/roadmap/actions/8/volunteers': () => {
          volunteering = true
          return jsonResponse(201, actionView({ volunteers: [{ id: 3, displayName: 'Mathilde Servet' }, { id: 1, displayName: 'Camille' }] }))
        },
        'DELETE /api/v1/roadmap/actions/8/volunteers/me': () => {
          volunteering = false
          return new Response(null, { status: 204 })
        },
      },
    })
    await user.click(screen.getByRole('button', { name: "Je m'en empare" }))
    await waitFor(() => expect(api.callsTo('POST /api/v1/roadmap/actions/8/volunteers')).toHaveLength(1))
    const withdraw = await screen.findByRole('button', { name: 'Je ne porte plus cette action' })
    expect(withdraw).toHaveFocus()
    expect(screen.getByText('Vous portez cette action.')).toBeInTheDocument()
    expect(screen.getByText('Mathilde Servet, Camille', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText(`C'est noté : vous portez « ${TITLE} ».`)).toHaveAttribute('role', 'status')
    // The server now has Camille watching the discussion: the bell follows.
    await waitFor(() => expect(screen.getByRole('button', { name: /Notifications de la discussion : Surveiller/ })).toBeInTheDocument())

    await user.click(withdraw)
    await waitFor(() => expect(api.callsTo('DELETE /api/v1/roadmap/actions/8/volunteers/me')).toHaveLength(1))
    expect(await screen.findByRole('button', { name: "Je m'en empare" })).toBeInTheDocument()
    expect(screen.getByText('Mathilde Servet', { selector: 'dd' })).toBeInTheDocument()
  })

  it('signed out: a sign-in prompt instead of the button', async () => {
    await renderAction({ user: null, page: pageOf({ can: {} }) })
    expect(screen.queryByRole('button', { name: "Je m'en empare" })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', `/login?redirect=/groups/${SLUG}/roadmap/actions/8`)
  })

  it('someone the server does not let carry it is asked to join the group', async () => {
    await renderAction({ page: pageOf({ can: {} }) })
    expect(screen.getByText(/Seuls les membres du groupe peuvent porter ses actions/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: "Je m'en empare" })).not.toBeInTheDocument()
  })

  it('coordinators save only what changed, with the version', async () => {
    const { api, user } = await renderAction({
      page: pageOf({ can: managing }),
      routes: { 'PATCH /api/v1/roadmap/actions/8': (call) => jsonResponse(200, actionView({ status: call.body.status, axisId: call.body.axisId, version: 6 })) },
    })
    const form = screen.getByRole('region', { name: "Modifier l'action" })
    await user.selectOptions(within(form).getByLabelText('Statut'), 'En cours')
    await user.selectOptions(within(form).getByLabelText('Axe'), 'Animer et faire vivre la communauté')
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }))
    await waitFor(() => expect(api.callsTo('PATCH /api/v1/roadmap/actions/8')).toHaveLength(1))
    expect(api.callsTo('PATCH /api/v1/roadmap/actions/8')[0].body).toEqual({ status: 'IN_PROGRESS', axisId: 2, version: 5 })
    expect(await screen.findByText('Action enregistrée.')).toBeInTheDocument()
    expect(screen.getAllByText('En cours')[0]).toHaveClass('app-badge')
    expect(screen.getByText('Animer et faire vivre la communauté', { selector: 'a' })).toBeInTheDocument()
  })

  it('a 409 on save says someone changed it, keeps the edits, and "Recharger" refetches', async () => {
    let reads = 0
    const { api, user } = await renderAction({
      page: pageOf({ can: managing }),
      routes: {
        'GET /api/v1/roadmap/actions/8': () => {
          reads += 1
          return jsonResponse(200, reads === 1 ? pageOf({ can: managing }) : pageOf({ can: managing }, { status: 'IN_PROGRESS', title: 'Carte des tiers-lieux', version: 6 }))
        },
        'PATCH /api/v1/roadmap/actions/8': problem(409, {
          type: 'https://entraide.example/problems/stale-version',
          title: 'Modifié entre-temps',
          detail: "Cet élément a été modifié par quelqu'un d'autre entre-temps.",
        }),
      },
    })
    const form = screen.getByRole('region', { name: "Modifier l'action" })
    await user.selectOptions(within(form).getByLabelText('Statut'), 'Réalisée')
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }))

    expect(await screen.findByText("Quelqu'un a modifié cette action entre-temps")).toBeInTheDocument()
    expect(within(form).getByLabelText('Statut')).toHaveValue('DONE')
    expect(api.callsTo('PATCH /api/v1/roadmap/actions/8')[0].body).toEqual({ status: 'DONE', version: 5 })
    expect(reads).toBe(1)

    await user.click(screen.getByRole('button', { name: 'Recharger' }))
    await waitFor(() => expect(reads).toBe(2))
    expect(await screen.findByRole('heading', { level: 1, name: 'Carte des tiers-lieux' })).toBeInTheDocument()
    expect(screen.queryByText("Quelqu'un a modifié cette action entre-temps")).not.toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: "Modifier l'action" })).getByLabelText('Statut')).toHaveValue('IN_PROGRESS')
    expect(screen.getByText('Action rechargée : voici sa version actuelle.')).toBeInTheDocument()
    expect(api.callsTo('GET /api/v1/roadmap/actions/8/history').length).toBeGreaterThanOrEqual(2)
  })

  it('deleting asks first, then goes back to the board', async () => {
    const { api, user, router } = await renderAction({
      page: pageOf({ can: managing }),
      routes: { 'DELETE /api/v1/roadmap/actions/8': new Response(null, { status: 204 }) },
    })
    await user.click(screen.getByRole('button', { name: "Supprimer l'action" }))
    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer cette action ?' })
    expect(api.callsTo('DELETE /api/v1/roadmap/actions/8')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: "Supprimer l'action" }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/groups/${SLUG}/roadmap`))
  })
})
