import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import HomeView from './HomeView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const gt = { slug: 'mediatheques-tiers-lieux', name: 'GT médiathèques tiers-lieux', description: '' }
const inMinutes = (n) => new Date(Date.now() + n * 60_000).toISOString()

const home = {
  workshops: [
    {
      id: 7, group: gt, title: 'Atelier d’entraide : la médiation numérique', startsAt: inMinutes(10), endsAt: inMinutes(130),
      timezone: 'Europe/Paris', onlineUrl: 'https://visio.exemple.org/atelier', location: null, myRegistration: 'CONFIRMED', facilitating: false,
    },
  ],
  meetings: [
    {
      id: 3, group: gt, title: 'Séance de retrouvailles', kind: 'ONBOARDING', startsAt: inMinutes(60 * 24 * 3), endsAt: inMinutes(60 * 24 * 3 + 90),
      timezone: 'Europe/Paris', onlineUrl: 'https://teams.exemple.org/r', location: null, myResponse: 'YES',
    },
  ],
  unreadThreads: [{ id: 11, group: gt, title: 'Présentez-vous', lastPostAt: inMinutes(-5), unread: 2 }],
  actions: [{ id: 5, group: gt, title: 'Carte des tiers-lieux', status: 'IN_PROGRESS', updatedAt: inMinutes(-60) }],
  polls: [{ id: 9, group: gt, title: 'Quel créneau ?', closesAt: null }],
}
const empty = { workshops: [], meetings: [], unreadThreads: [], actions: [], polls: [] }

function signedIn(body) {
  return mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me())), 'GET /api/v1/me/home': body })
}

describe('HomeView ("Mon espace")', () => {
  it('lists my next events by date with the visio button when it is time, unread topics, my actions and polls', async () => {
    signedIn(home)
    await renderWithApp(HomeView, { route: '/mon-espace' })
    expect(screen.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeInTheDocument()

    const events = await screen.findByRole('region', { name: 'Mes prochains rendez-vous' })
    const items = within(events).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('Atelier d’entraide : la médiation numérique')
    expect(items[1]).toHaveTextContent('Séance de retrouvailles')
    expect(within(items[0]).getByText('Inscrit·e')).toBeInTheDocument()
    expect(within(items[1]).getByText('Ma réponse : oui')).toBeInTheDocument()
    // the workshop starts in 10 minutes: its visio is offered; the meeting in three days: not yet
    expect(within(items[0]).getByRole('link', { name: /Visio dans 10 minutes/ })).toHaveAttribute('href', 'https://visio.exemple.org/atelier')
    expect(within(items[1]).queryByRole('link', { name: /Visio|Rejoindre/ })).not.toBeInTheDocument()
    expect(within(items[0]).getByRole('link', { name: 'Atelier d’entraide : la médiation numérique' })).toHaveAttribute(
      'href', '/groups/mediatheques-tiers-lieux/workshops/7',
    )

    const threads = screen.getByRole('region', { name: 'Discussions non lues' })
    expect(within(threads).getByRole('link', { name: 'Présentez-vous' })).toHaveAttribute('href', '/threads/11')
    expect(within(threads).getByText('2 non lus')).toBeInTheDocument()
    const actions = screen.getByRole('region', { name: 'Les actions que je porte' })
    expect(within(actions).getByRole('link', { name: 'Carte des tiers-lieux' })).toHaveAttribute('href', '/groups/mediatheques-tiers-lieux/roadmap/actions/5')
    expect(within(actions).getByText('En cours')).toBeInTheDocument()
    const polls = screen.getByRole('region', { name: 'Sondages à remplir' })
    expect(within(polls).getByRole('link', { name: 'Quel créneau ?' })).toHaveAttribute('href', '/polls/9')
  })

  it('says so when there is nothing, section by section', async () => {
    signedIn(empty)
    await renderWithApp(HomeView, { route: '/mon-espace' })
    expect(await screen.findByText("Rien de prévu pour l'instant.")).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Parcourir les groupes' })).toHaveAttribute('href', '/')
    expect(screen.getByText(/Vous êtes à jour/)).toBeInTheDocument()
    expect(screen.getByText(/Vous ne portez aucune action/)).toBeInTheDocument()
    expect(screen.getByText("Aucun sondage n'attend votre réponse.")).toBeInTheDocument()
  })

  it('offers to retry when the space cannot be loaded', async () => {
    signedIn(problem(503, { title: 'Indisponible' }))
    await renderWithApp(HomeView, { route: '/mon-espace' })
    expect(await screen.findByRole('button', { name: 'Réessayer' })).toBeInTheDocument()
  })
})
