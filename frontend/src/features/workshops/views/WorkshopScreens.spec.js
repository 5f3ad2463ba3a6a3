import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import WorkshopView from './WorkshopView.vue'
import WorkshopsView from './WorkshopsView.vue'
import WorkshopNewView from './WorkshopNewView.vue'
import WorkshopSeriesView from './WorkshopSeriesView.vue'
import WorkshopJournalView from './WorkshopJournalView.vue'
import { workshop } from '@/features/workshops/workshop.fixtures'
import { PHASES, WORKSHOP_STATUSES } from '@/features/workshops/api'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import fr from '@/i18n/locales/fr/workshops.json'
import en from '@/i18n/locales/en/workshops.json'
import { AS, SLUG, groupView } from '@/features/groups/group.fixtures'

/** What the server lets a confirmed participant do, and whoever runs the workshop (its facilitator, coordinators). */
const participating = { withdraw: true, bringProblem: true, vote: true, follow: true }
const running = { register: true, manage: true, writeRecord: true, follow: true }
const sessionView = (overrides = {}) => ({
  workshopId: 7,
  phase: null,
  phaseStartedAt: null,
  phaseEndsAt: null,
  chosenProblemId: null,
  phases: PHASES.map((phase, i) => ({ phase, suggestedMinutes: [10, 10, 5, 25, 10, 10][i] })),
  ...overrides,
})

/** Routes plus a controllable session stream. */
function api(routes = {}) {
  const mock = mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    [`GET /api/v1/groups/${SLUG}`]: groupView(),
    ...routes,
  })
  const rest = globalThis.fetch
  const streams = []
  vi.stubGlobal('fetch', async (url, init = {}) => {
    if (!String(url).endsWith('/session/stream')) return rest(url, init)
    const stream = { token: init.headers.Authorization }
    streams.push(stream)
    const body = new ReadableStream({
      start(controller) {
        stream.send = (payload) => controller.enqueue(new TextEncoder().encode(`event: session\ndata: ${JSON.stringify(payload)}\n\n`))
        init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
      },
    })
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
  })
  return { ...mock, streams }
}

const registrations = {
  items: [
    { userId: 1, username: 'camille', displayName: 'Camille', status: 'CONFIRMED', position: null, createdAt: '2026-11-01T10:00:00Z' },
    { userId: 4, username: 'audrey', displayName: 'Audrey', status: 'CONFIRMED', position: null, createdAt: '2026-11-01T11:00:00Z' },
    { userId: 6, username: 'fatou', displayName: 'Fatou', status: 'WAITLISTED', position: 2, createdAt: '2026-11-02T11:00:00Z' },
    { userId: 5, username: 'bruno', displayName: 'Bruno', status: 'WAITLISTED', position: 1, createdAt: '2026-11-02T10:00:00Z' },
  ],
}
const problems = {
  items: [
    { id: 40, owner: { id: 4, displayName: 'Audrey' }, title: 'Ouvrir le dimanche', description: '', votes: 2, votedByMe: false, chosen: false, createdAt: '2026-12-08T13:05:00Z' },
  ],
}
/** Starting in five minutes, two hours long: the session is open on the page. */
const startingNow = () => ({ startsAt: new Date(Date.now() + 5 * 60_000).toISOString(), endsAt: new Date(Date.now() + 125 * 60_000).toISOString() })
const openTab = (user, name) => user.click(screen.getByRole('tab', { name }))
const emptyRecord = { workshopId: 7, summary: '', insights: [], actionPlan: '', updatedBy: null, updatedAt: null, version: 0 }

describe('workshop page', () => {
  it('shows the details, the waitlist in order, votes, and the live session announced once per phase', async () => {
    const { streams, callsTo } = api({
      'GET /api/v1/workshops/7': workshop({ ...startingNow(), myRegistration: { status: 'CONFIRMED', position: null }, can: participating }),
      'GET /api/v1/workshops/7/registrations': registrations,
      'GET /api/v1/workshops/7/problems': problems,
      'GET /api/v1/workshops/7/session': sessionView(),
      'GET /api/v1/workshops/7/record': emptyRecord,
      'POST /api/v1/workshops/problems/40/vote': new Response(null, { status: 204 }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopView, { route: `/groups/${SLUG}/workshops/7`, props: { slug: SLUG, id: '7' } })

    expect(await screen.findByRole('heading', { level: 1, name: "Atelier d'entraide : accueillir les habitants" })).toBeInTheDocument()
    // About to start: the page opens on the session tab.
    const tabs = screen.getByRole('tablist', { name: "Sections de l'atelier" })
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Infos', 'Participant·es', 'Séance', 'Compte rendu'])
    expect(screen.getByRole('tab', { name: 'Séance' })).toHaveAttribute('aria-selected', 'true')

    await openTab(user, 'Infos')
    expect(screen.getByRole('link', { name: /Rejoindre la visio/ })).toHaveAttribute('href', 'https://meet.jit.si/atelier')
    expect(screen.getByRole('link', { name: 'Discussion de l\'atelier dans le forum' })).toHaveAttribute('href', '/threads/90')
    expect(screen.getByText('Inscrit·e — confirmé·e')).toBeInTheDocument()
    expect(screen.getByText('4 places libres sur 6')).toBeInTheDocument()

    await openTab(user, 'Participant·es')
    const waitlist = await screen.findByRole('list', { name: "Liste d'attente" })
    expect(within(waitlist).getAllByRole('listitem').map((li) => li.textContent.trim())).toEqual(['1. Bruno', '2. Fatou'])
    expect(within(screen.getByRole('list', { name: 'Confirmé·es' })).getByText('(vous)')).toBeInTheDocument()
    // Not running it: no management, no "⋯" menus, no phase controls, no problem to pick, no record to write.
    expect(screen.queryByRole('heading', { name: "Gestion de l'atelier" })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Plus d'actions/ })).not.toBeInTheDocument()

    await openTab(user, 'Séance')
    expect(screen.queryByRole('button', { name: 'Lancer la phase' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Retenir cette problématique/ })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Intitulé' })).toBeInTheDocument()

    // A confirmed participant votes.
    const problemsList = screen.getByRole('list', { name: 'Problématiques apportées' })
    expect(within(problemsList).getByText(/2 voix/)).toBeInTheDocument()
    await user.click(within(problemsList).getByRole('button', { name: 'Voter : Ouvrir le dimanche' }))
    expect(await within(problemsList).findByText(/3 voix/)).toBeInTheDocument()
    expect(within(problemsList).getByRole('button', { name: 'Retirer mon vote : Ouvrir le dimanche' })).toHaveAttribute('aria-pressed', 'true')
    expect(callsTo('POST /api/v1/workshops/problems/40/vote')).toHaveLength(1)

    // The live session: not started, then the facilitator starts the exposé elsewhere.
    const panel = screen.getByRole('region', { name: 'Séance en direct' })
    expect(within(panel).getByText("La séance n'a pas encore commencé.")).toBeInTheDocument()
    await waitFor(() => expect(streams).toHaveLength(1))
    expect(streams[0].token).toBe('Bearer access-1')
    const phaseEnd = new Date(Date.now() + 10 * 60_000).toISOString()
    streams[0].send(sessionView({ phase: 'EXPOSE', phaseStartedAt: new Date().toISOString(), phaseEndsAt: phaseEnd }))
    expect(await within(panel).findByText('Phase en cours : Exposé')).toBeInTheDocument()
    expect(within(panel).getByRole('timer')).toHaveTextContent(/^(10:00|09:5\d)$/)
    const announcer = within(panel).getAllByRole('status').find((el) => el.classList.contains('sr-only'))
    expect(announcer).toHaveTextContent('Nouvelle phase : Exposé')
    const outline = within(panel).getByRole('list', { name: 'Déroulé de la séance' })
    expect(within(outline).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step')
    expect(within(outline).getByText(/Consultation \(pistes\)/)).toBeInTheDocument()
    expect(within(outline).getByText(/25 min/)).toBeInTheDocument()

    // The same phase again (e.g. the chosen problem changed) is not announced a second time.
    streams[0].send(sessionView({ phase: 'EXPOSE', phaseEndsAt: phaseEnd, chosenProblemId: 40 }))
    expect(await within(panel).findByText('Problématique traitée : Ouvrir le dimanche')).toBeInTheDocument()
    expect(announcer).toHaveTextContent('Nouvelle phase : Exposé')
  })

  it('gives whoever runs it the phase controls, the choice of problem and the management panel', async () => {
    const { callsTo } = api({
      'GET /api/v1/workshops/7': workshop({ ...startingNow(), facilitator: { id: 1, displayName: 'Camille' }, can: running }),
      'GET /api/v1/workshops/7/registrations': registrations,
      'GET /api/v1/workshops/7/problems': problems,
      'GET /api/v1/workshops/7/session': sessionView({ phase: 'EXPOSE', phaseEndsAt: new Date(Date.now() + 60_000).toISOString() }),
      'GET /api/v1/workshops/7/record': emptyRecord,
      [`GET /api/v1/groups/${SLUG}/members`]: {
        items: [
          { userId: 1, displayName: 'Camille', status: 'ACTIVE' },
          { userId: 9, displayName: 'Mathilde', status: 'ACTIVE' },
        ],
        nextCursor: null,
      },
      'PUT /api/v1/workshops/7/phase': (call) => jsonResponse(200, sessionView({ phase: call.body.phase, phaseEndsAt: new Date(Date.now() + call.body.minutes * 60_000).toISOString() })),
      'PUT /api/v1/workshops/7/chosen-problem': { ...problems.items[0], chosen: true },
      'POST /api/v1/workshops/7/registrations': jsonResponse(201, { status: 'WAITLISTED', position: 3 }),
      'DELETE /api/v1/workshops/7/registrations/5': new Response(null, { status: 204 }),
      'POST /api/v1/workshops/7/cancel': workshop({ facilitator: { id: 1, displayName: 'Camille' }, status: 'CANCELLED', can: { follow: true } }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopView, { route: `/groups/${SLUG}/workshops/7`, props: { slug: SLUG, id: '7' } })

    const phase = await screen.findByRole('combobox', { name: 'Phase' })
    expect(phase).toHaveValue('CLARIFICATION')
    await user.type(screen.getByRole('spinbutton', { name: 'Durée du minuteur (minutes)' }), '12')
    await user.click(screen.getByRole('button', { name: 'Lancer la phase' }))
    expect(await screen.findByText('Phase en cours : Clarification')).toBeInTheDocument()
    expect(callsTo('PUT /api/v1/workshops/7/phase')[0].body).toEqual({ phase: 'CLARIFICATION', minutes: 12 })

    await user.click(screen.getByRole('button', { name: 'Retenir cette problématique : Ouvrir le dimanche' }))
    expect(await screen.findByText('Problématique retenue')).toBeInTheDocument()
    expect(callsTo('PUT /api/v1/workshops/7/chosen-problem')[0].body).toEqual({ problemId: 40 })

    // Register someone: only members not yet registered are offered.
    await openTab(user, 'Participant·es')
    const member = await screen.findByRole('combobox', { name: 'Inscrire un membre' })
    await waitFor(() => expect(within(member).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choisir un membre', 'Mathilde']))
    await user.selectOptions(member, 'Mathilde')
    await user.click(screen.getByRole('button', { name: 'Inscrire' }))
    expect(await screen.findByText("Mathilde est sur la liste d'attente, en position 3.")).toBeInTheDocument()
    expect(callsTo('POST /api/v1/workshops/7/registrations')[0].body).toEqual({ userId: 9 })
    expect(screen.getByRole('link', { name: 'Télécharger les inscriptions (CSV)' })).toBeInTheDocument()

    // Removing someone is in their row's "⋯" menu, and asks first; "Annuler" changes nothing.
    await user.click(screen.getByRole('button', { name: "Plus d'actions : Bruno" }))
    await user.click(await screen.findByRole('menuitem', { name: "Retirer de l'atelier…" }))
    let dialog = await screen.findByRole('alertdialog', { name: "Retirer Bruno de l'atelier ?" })
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(callsTo('DELETE /api/v1/workshops/7/registrations/5')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: "Plus d'actions : Bruno" }))
    await user.click(await screen.findByRole('menuitem', { name: "Retirer de l'atelier…" }))
    dialog = await screen.findByRole('alertdialog', { name: "Retirer Bruno de l'atelier ?" })
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }))
    expect(await screen.findByText("Bruno est retiré·e de l'atelier.")).toBeInTheDocument()
    expect(callsTo('DELETE /api/v1/workshops/7/registrations/5')).toHaveLength(1)

    // Cancelling is in the page's "⋯" menu and asks first, then every state says "annulé".
    await user.click(screen.getByRole('button', { name: `Plus d'actions : ${workshop().title}` }))
    await user.click(await screen.findByRole('menuitem', { name: "Annuler l'atelier…" }))
    dialog = await screen.findByRole('alertdialog', { name: `Annuler « ${workshop().title} » ?` })
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus())
    await user.click(within(dialog).getByRole('button', { name: "Annuler l'atelier" }))
    await waitFor(() => expect(screen.getByText('Cet atelier est annulé : les personnes inscrites ont été prévenues.').closest('[tabindex]')).toHaveFocus())
    await openTab(user, 'Infos')
    expect(screen.getByText('Atelier annulé — plus aucune inscription')).toBeInTheDocument()
    expect(screen.queryByText(/confirmé·e/)).not.toBeInTheDocument()
    // Nobody runs a cancelled workshop: the panel and the menu go.
    expect(screen.queryByRole('heading', { name: "Gestion de l'atelier" })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: `Plus d'actions : ${workshop().title}` })).not.toBeInTheDocument()
  })

  it('opens the live session and the record only from shortly before the start', async () => {
    const { streams, callsTo } = api({
      'GET /api/v1/workshops/7': workshop({ startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), endsAt: new Date(Date.now() + 3 * 86_400_000 + 7_200_000).toISOString(), can: running }),
      'GET /api/v1/workshops/7/registrations': registrations,
      'GET /api/v1/workshops/7/problems': problems,
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopView, { route: `/groups/${SLUG}/workshops/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByRole('tab', { name: 'Infos' })).toHaveAttribute('aria-selected', 'true')
    await openTab(user, 'Séance')
    // The chosen tab is kept in the address, for a link or a reload.
    expect(window.location.search).toBe('?tab=session')
    expect(screen.getByText(/La séance en direct \(phases, minuteur\) s'ouvre ici 30 minutes avant le début/)).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Problématiques apportées' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Séance en direct' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lancer la phase' })).not.toBeInTheDocument()
    await openTab(user, 'Compte rendu')
    expect(screen.getByText(/Le compte rendu s'écrit pendant et après la séance/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Enregistrer le compte rendu/ })).not.toBeInTheDocument()
    expect(streams).toHaveLength(0)
    expect(callsTo('GET /api/v1/workshops/7/session')).toHaveLength(0)
    expect(callsTo('GET /api/v1/workshops/7/record')).toHaveLength(0)
  })

  it('follows what the server allows, not who is named facilitator', async () => {
    api({
      // Camille is named facilitator but the server no longer lets her run it (she left the group, say).
      'GET /api/v1/workshops/7': workshop({ ...startingNow(), phase: 'EXPOSE', facilitator: { id: 1, displayName: 'Camille' }, can: { follow: true } }),
      'GET /api/v1/workshops/7/registrations': registrations,
      'GET /api/v1/workshops/7/problems': problems,
      'GET /api/v1/workshops/7/session': sessionView(),
      'GET /api/v1/workshops/7/record': emptyRecord,
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopView, { route: `/groups/${SLUG}/workshops/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByRole('list', { name: 'Problématiques apportées' })).toBeInTheDocument()
    expect(screen.getByText("La séance n'a pas encore commencé.")).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Plus d'actions/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lancer la phase' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Retenir cette problématique/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Voter/ })).not.toBeInTheDocument()
    await openTab(user, 'Participant·es')
    expect(screen.queryByRole('heading', { name: "Gestion de l'atelier" })).not.toBeInTheDocument()
    await openTab(user, 'Compte rendu')
    expect(await screen.findByText("Le compte rendu n'est pas encore écrit.")).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Enregistrer le compte rendu/ })).not.toBeInTheDocument()
  })

  it('keeps the sign-ups, problems and session to members, with a neutral notice and the way in', async () => {
    const { callsTo } = api({
      [`GET /api/v1/groups/${SLUG}`]: groupView(AS.outsider),
      'GET /api/v1/workshops/7': workshop({ ...startingNow(), can: {} }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopView, { route: `/groups/${SLUG}/workshops/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByRole('tab', { name: 'Infos' })).toHaveAttribute('aria-selected', 'true')
    await openTab(user, 'Participant·es')
    expect(screen.getByText(/La liste des inscrit·es est réservée aux membres du groupe./)).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Rejoindre le groupe pour y accéder' })).toHaveAttribute('href', `/groups/${SLUG}`)
    await openTab(user, 'Séance')
    expect(screen.getByText(/Les problématiques et la séance sont réservées aux membres du groupe./)).toBeInTheDocument()
    // Not "no problem brought yet" where loading was never allowed.
    expect(screen.queryByText('Aucune problématique apportée pour l\'instant.')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    for (const path of ['registrations', 'problems', 'session', 'record']) expect(callsTo(`GET /api/v1/workshops/7/${path}`)).toHaveLength(0)
  })

  it('says a refused workshop is for members, not that it is missing', async () => {
    api({ 'GET /api/v1/workshops/7': problem(403), [`GET /api/v1/groups/${SLUG}`]: groupView({ ...AS.outsider, joinPolicy: 'APPROVAL' }) })
    await renderWithApp(WorkshopView, { route: `/groups/${SLUG}/workshops/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByText(/Cet atelier est réservé aux membres du groupe./)).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Demander à rejoindre le groupe' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('workshop list', () => {
  it("says a private group's workshops are for its members, with the way in, instead of an error", async () => {
    api({ [`GET /api/v1/groups/${SLUG}/workshops`]: problem(403), [`GET /api/v1/groups/${SLUG}`]: groupView({ ...AS.outsider, visibility: 'PRIVATE' }) })
    await renderWithApp(WorkshopsView, { route: `/groups/${SLUG}/workshops`, props: { slug: SLUG } })
    expect(await screen.findByText(/Les ateliers de ce groupe sont réservés à ses membres./)).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Rejoindre le groupe pour y accéder' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('workshop forms', () => {
  it('proposes a workshop: six seats by default, times read in the chosen zone', async () => {
    const { callsTo } = api({ [`POST /api/v1/groups/${SLUG}/workshops`]: (call) => jsonResponse(201, workshop({ ...call.body, id: 12 })) })
    const user = userEvent.setup()
    const { router } = await renderWithApp(WorkshopNewView, { route: `/groups/${SLUG}/workshops/new`, props: { slug: SLUG } })
    const capacity = await screen.findByRole('combobox', { name: /Nombre de places/ })
    expect(capacity).toHaveValue('6')
    expect(within(capacity).getAllByRole('option')).toHaveLength(6)

    await user.click(screen.getByRole('button', { name: "Proposer l'atelier" }))
    expect(screen.getByText('Donnez un titre à l\'atelier.')).toBeInTheDocument()
    expect(callsTo(`POST /api/v1/groups/${SLUG}/workshops`)).toHaveLength(0)

    await user.type(screen.getByRole('textbox', { name: 'Titre' }), 'Accueillir les habitants')
    await user.type(screen.getByLabelText('Début'), '2026-12-08T14:00')
    await user.type(screen.getByLabelText('Fin'), '2026-12-08T16:00')
    await user.selectOptions(capacity, '4')
    await user.selectOptions(screen.getByRole('combobox', { name: /Fuseau horaire/ }), 'Indian/Reunion')
    await user.click(screen.getByRole('button', { name: "Proposer l'atelier" }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/groups/${SLUG}/workshops/12`))
    expect(callsTo(`POST /api/v1/groups/${SLUG}/workshops`)[0].body).toEqual({
      title: 'Accueillir les habitants',
      startsAt: '2026-12-08T10:00:00.000Z',
      endsAt: '2026-12-08T12:00:00.000Z',
      timezone: 'Indian/Reunion',
      capacity: 4,
    })
  })

  it('shows the server field errors (an online link that is not http)', async () => {
    api({
      [`POST /api/v1/groups/${SLUG}/workshops`]: problem(400, { title: 'Données invalides', errors: [{ field: 'onlineUrl', message: 'Le lien doit commencer par http(s).' }] }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopNewView, { route: `/groups/${SLUG}/workshops/new`, props: { slug: SLUG } })
    await user.type(await screen.findByRole('textbox', { name: 'Titre' }), 'Atelier')
    await user.type(screen.getByLabelText('Début'), '2026-12-08T14:00')
    await user.type(screen.getByLabelText('Fin'), '2026-12-08T16:00')
    await user.type(screen.getByRole('textbox', { name: /Lien de la visio/ }), 'ftp://x')
    await user.click(screen.getByRole('button', { name: "Proposer l'atelier" }))
    expect(await screen.findByRole('textbox', { name: /Lien de la visio/ })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Le lien doit commencer par http(s).')).toBeInTheDocument()
  })

  it('opens a series: slot rows are added and removed from the keyboard, errors land on their row', async () => {
    const { callsTo } = api({
      [`GET /api/v1/groups/${SLUG}`]: groupView(AS.coordinator),
      [`POST /api/v1/groups/${SLUG}/workshop-series`]: problem(400, { title: 'Données invalides', errors: [{ field: 'slots[1].endsAt', message: 'La fin précède le début.' }] }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopSeriesView, { route: `/groups/${SLUG}/workshops/series`, props: { slug: SLUG } })
    await user.type(await screen.findByRole('textbox', { name: 'Titre' }), "Ateliers d'entraide")
    expect(screen.getAllByRole('group', { name: /^Créneau \d/ })).toHaveLength(1)
    expect(screen.queryByRole('button', { name: /Retirer le créneau/ })).not.toBeInTheDocument()

    screen.getByRole('button', { name: 'Ajouter un créneau' }).focus()
    await user.keyboard('{Enter}')
    const second = screen.getByRole('group', { name: 'Créneau 2' })
    expect(within(second).getByLabelText('Début')).toHaveFocus()
    expect(screen.getByText('Créneau 2 ajouté.')).toBeInTheDocument()
    screen.getByRole('button', { name: 'Ajouter un créneau' }).focus()
    await user.keyboard(' ')
    expect(screen.getAllByRole('group', { name: /^Créneau \d/ })).toHaveLength(3)
    screen.getByRole('button', { name: 'Retirer le créneau 3' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getAllByRole('group', { name: /^Créneau \d/ })).toHaveLength(2)
    expect(within(screen.getByRole('group', { name: 'Créneau 2' })).getByLabelText('Début')).toHaveFocus()

    for (const [i, day] of [[1, '08'], [2, '15']]) {
      const row = screen.getByRole('group', { name: `Créneau ${i}` })
      await user.type(within(row).getByLabelText('Début'), `2026-12-${day}T14:00`)
      await user.type(within(row).getByLabelText('Fin'), `2026-12-${day}T16:00`)
    }
    await user.click(screen.getByRole('button', { name: 'Ouvrir les créneaux' }))
    const row2 = screen.getByRole('group', { name: 'Créneau 2' })
    expect(await within(row2).findByText('La fin précède le début.')).toBeInTheDocument()
    expect(callsTo(`POST /api/v1/groups/${SLUG}/workshop-series`)[0].body).toEqual({
      title: "Ateliers d'entraide",
      capacity: 6,
      slots: [
        { startsAt: '2026-12-08T13:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z' },
        { startsAt: '2026-12-15T13:00:00.000Z', endsAt: '2026-12-15T15:00:00.000Z' },
      ],
    })
  })

  it('keeps the series form for coordinators', async () => {
    api()
    await renderWithApp(WorkshopSeriesView, { route: `/groups/${SLUG}/workshops/series`, props: { slug: SLUG } })
    expect(await screen.findByText('Réservé aux soucieux·ses du groupe.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ouvrir les créneaux' })).not.toBeInTheDocument()
  })
})

describe('shared record (journal)', () => {
  it('lists the records newest first, who already brought a problem, and who has not yet', async () => {
    api({
      [`GET /api/v1/groups/${SLUG}/workshop-journal`]: {
        items: [
          { workshopId: 8, title: 'Atelier 2', startsAt: '2026-12-15T13:00:00Z', facilitator: { id: 2, displayName: 'Angélique' }, problem: 'Les horaires', problemOwner: { id: 4, displayName: 'Audrey' }, summary: 'S2', insights: ['Piste A'], actionPlan: 'P2' },
          { workshopId: 7, title: 'Atelier 1', startsAt: '2026-12-08T13:00:00Z', facilitator: { id: 2, displayName: 'Angélique' }, problem: 'Le dimanche', problemOwner: { id: 4, displayName: 'Audrey' }, summary: 'S1', insights: [], actionPlan: '' },
        ],
        nextCursor: null,
      },
      [`GET /api/v1/groups/${SLUG}/members`]: { items: [{ userId: 4, displayName: 'Audrey' }, { userId: 5, displayName: 'Bruno' }], nextCursor: null },
    })
    await renderWithApp(WorkshopJournalView, { route: `/groups/${SLUG}/workshop-journal`, props: { slug: SLUG } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Document commun · GT médiathèques tiers-lieux' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Télécharger en Markdown' })).toHaveAttribute('href', `/api/v1/groups/${SLUG}/workshop-journal?format=markdown`)
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Atelier 2', 'Atelier 1'])
    const turns = screen.getByRole('region', { name: 'Qui a déjà apporté une problématique' })
    expect(within(turns).getByText('Audrey · 2 fois')).toBeInTheDocument()
    expect(await within(turns).findByText(/Pas encore apporté de problématique : Bruno/)).toBeInTheDocument()
    expect(screen.getByText('Piste A')).toBeInTheDocument()
  })
})

describe('workshop messages', () => {
  it('name every status and phase in French and English', () => {
    for (const catalogue of [fr, en]) {
      for (const status of WORKSHOP_STATUSES) expect(catalogue.status[status]).toBeTruthy()
      for (const phase of PHASES) expect(catalogue.phases[phase]).toBeTruthy()
    }
    expect(fr.phases).toMatchObject({ EXPOSE: 'Exposé', CONSULTATION: 'Consultation (pistes)', SYNTHESE: "Synthèse / plan d'action", APPRENTISSAGES: 'Apprentissages' })
  })
})
