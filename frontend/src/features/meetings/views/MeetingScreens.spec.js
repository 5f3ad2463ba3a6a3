import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import AgendaView from './AgendaView.vue'
import MeetingNewView from './MeetingNewView.vue'
import MeetingView from './MeetingView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { AS, SLUG, groupView, meetingView } from '@/features/meetings/fixtures'

/** What the server lets a coordinator do with an upcoming meeting. */
const coordinating = { answer: true, manage: true, seeAttendees: true }

function api(routes = {}, { group = groupView() } = {}) {
  return mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    [`GET /api/v1/groups/${SLUG}`]: group,
    'GET /api/v1/meetings/7/attendees': { items: [{ userId: 2, displayName: 'Audrey', response: 'YES', respondedAt: '2026-10-01T08:00:00Z' }] },
    ...routes,
  })
}

describe('meeting screens', () => {
  it('the meeting page says when in French, highlights the online link 10 minutes before, lists who comes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-14T11:50:00Z'))
    api({ 'GET /api/v1/meetings/7': meetingView() })
    await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/7`, props: { slug: SLUG, id: '7' } })

    expect(await screen.findByRole('heading', { level: 1, name: /Séance de retrouvailles/ })).toBeInTheDocument()
    expect(screen.getByText('samedi 14 novembre 2026, 13:00–15:00 (heure de Paris)')).toBeInTheDocument()
    expect(screen.getByText("Séance d'intégration")).toBeInTheDocument()
    const join = screen.getByRole('link', { name: /Rejoindre la visio — commence dans 10 min/ })
    expect(join).toHaveAttribute('href', 'https://teams.example/rejoindre')
    expect(screen.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toHaveAttribute('download', 'rencontre-7.ics')
    expect(screen.getByRole('group', { name: 'Votre réponse' })).toBeInTheDocument()
    expect(await screen.findByText('Audrey')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Plus d'actions/ })).not.toBeInTheDocument()
  })

  it('shows the description as the server rendered it from Markdown, and a refusal as members-only', async () => {
    api({
      'GET /api/v1/meetings/7': meetingView({ description: '## Ordre du jour\n- **tour de table**', descriptionHtml: '<h2>Ordre du jour</h2><ul><li><strong>tour de table</strong></li></ul>' }),
      'GET /api/v1/meetings/8': problem(403),
    }, { group: groupView(AS.outsider) })
    const { unmount } = await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/7`, props: { slug: SLUG, id: '7' } })
    const agenda = await screen.findByRole('region', { name: 'Ordre du jour' })
    expect(within(agenda).getByText('tour de table').tagName).toBe('STRONG')
    expect(within(agenda).queryByText(/\*\*/)).not.toBeInTheDocument()
    unmount()

    await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/8`, props: { slug: SLUG, id: '8' } })
    expect(await screen.findByText(/Cette rencontre est réservée aux membres du groupe./)).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Rejoindre le groupe pour y accéder' })).toHaveAttribute('href', `/groups/${SLUG}`)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('tells a visitor that the visio link is for the group members, without a join button', async () => {
    api({ 'GET /api/v1/meetings/7': meetingView({ onlineUrl: null, hasOnlineUrl: true }) })
    await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByText('Le lien de visio est réservé aux membres du groupe')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Rejoindre la visio/ })).not.toBeInTheDocument()
  })

  it('tells someone outside the group to join to answer; who comes is for members', async () => {
    const { callsTo } = api({ 'GET /api/v1/meetings/7': meetingView({ can: {} }) }, { group: groupView(AS.outsider) })
    await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByText(/Rejoignez le groupe pour répondre/)).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Votre réponse' })).not.toBeInTheDocument()
    expect(screen.getByText(/Les réponses sont visibles des membres du groupe./)).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Rejoindre le groupe pour y accéder' })).toHaveAttribute('href', `/groups/${SLUG}`)
    expect(callsTo('GET /api/v1/meetings/7/attendees')).toHaveLength(0)
  })

  it('shows a cancelled meeting clearly, with its reason, and no answer buttons', async () => {
    api({ 'GET /api/v1/meetings/7': meetingView({ cancelled: true, cancelReason: 'Reportée en décembre', can: { seeAttendees: true } }) })
    await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/7`, props: { slug: SLUG, id: '7' } })
    expect(await screen.findByText('Cette rencontre est annulée.')).toBeInTheDocument()
    expect(screen.getByText('Motif : Reportée en décembre')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Oui' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Rejoindre la visio/ })).not.toBeInTheDocument()
  })

  it('coordinators edit with the version read, are offered a reload on 409, and cancel with a reason', async () => {
    let version = 1
    const { callsTo } = api(
      {
        'GET /api/v1/meetings/7': () => jsonResponse(200, meetingView({ version, can: coordinating })),
        'PATCH /api/v1/meetings/7': () => {
          version = 2
          return problem(409, { type: 'https://entraide.example/problems/stale-version', detail: 'modifié entre-temps', errors: [{ field: 'version', message: 'version périmée' }] })
        },
        'POST /api/v1/meetings/7/cancel': (call) =>
          jsonResponse(200, meetingView({ cancelled: true, cancelReason: call.body.reason, can: { seeAttendees: true } })),
      },
      { group: groupView(AS.coordinator) },
    )
    const user = userEvent.setup()
    await renderWithApp(MeetingView, { route: `/groups/${SLUG}/meetings/7`, props: { slug: SLUG, id: '7' } })
    // Editing and cancelling are in the "⋯" menu; "Modifier" takes the focus to the form.
    await user.click(await screen.findByRole('button', { name: `Plus d'actions : ${meetingView().title}` }))
    await user.click(await screen.findByRole('menuitem', { name: 'Modifier' }))
    const title = screen.getByRole('textbox', { name: 'Titre' })
    await waitFor(() => expect(title).toHaveFocus())
    await user.clear(title)
    await user.type(title, 'Retrouvailles')
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }))
    expect(await screen.findByText(/Quelqu'un a modifié cette rencontre entre-temps/)).toBeInTheDocument()
    expect(callsTo('PATCH /api/v1/meetings/7')[0].body).toEqual({ title: 'Retrouvailles', version: 1 })
    await user.click(screen.getByRole('button', { name: 'Recharger la rencontre' }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveValue(meetingView().title))
    await user.click(screen.getByRole('button', { name: 'Annuler' }))
    const more = screen.getByRole('button', { name: `Plus d'actions : ${meetingView().title}` })
    await waitFor(() => expect(more).toHaveFocus())
    expect(screen.queryByRole('textbox', { name: 'Titre' })).not.toBeInTheDocument()

    await user.click(more)
    await user.click(await screen.findByRole('menuitem', { name: 'Annuler la rencontre…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Annuler la rencontre ?' })
    await user.type(within(dialog).getByRole('textbox', { name: /Motif/ }), 'Reportée')
    await user.click(within(dialog).getByRole('button', { name: 'Annuler la rencontre' }))
    expect(await screen.findByText('Motif : Reportée')).toBeInTheDocument()
    expect(callsTo('POST /api/v1/meetings/7/cancel')[0].body).toEqual({ reason: 'Reportée' })
    expect(screen.queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument()
  })

  it('schedules a meeting from a Paris date and times, and shows server errors beside the fields', async () => {
    let attempt = 0
    const { callsTo } = api(
      {
        [`POST /api/v1/groups/${SLUG}/meetings`]: () =>
          ++attempt === 1
            ? problem(400, { detail: 'Le lien de visio doit être une adresse http(s).', errors: [{ field: 'onlineUrl', message: 'Adresse http(s) attendue.' }] })
            : jsonResponse(201, meetingView({ id: 9 })),
        'GET /api/v1/meetings/9': meetingView({ id: 9 }),
      },
      { group: groupView(AS.coordinator) },
    )
    const user = userEvent.setup()
    const { router } = await renderWithApp(MeetingNewView, { route: `/groups/${SLUG}/meetings/new`, props: { slug: SLUG } })
    await user.type(await screen.findByRole('textbox', { name: 'Titre' }), 'Séance de retrouvailles')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type de rencontre' }), 'ONBOARDING')
    await user.type(screen.getByLabelText('Date'), '2027-03-28')
    await user.type(screen.getByLabelText('Début'), '01:30')
    await user.type(screen.getByLabelText('Fin'), '04:30')
    await user.type(screen.getByRole('textbox', { name: /Lien de la visio/ }), 'https://teams.example/x')
    await user.click(screen.getByRole('button', { name: 'Programmer la rencontre' }))
    expect(await screen.findByText('Adresse http(s) attendue.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Lien de la visio/ })).toHaveAttribute('aria-invalid', 'true')
    expect(callsTo(`POST /api/v1/groups/${SLUG}/meetings`)[0].body).toEqual({
      title: 'Séance de retrouvailles',
      kind: 'ONBOARDING',
      startsAt: '2027-03-28T00:30:00.000Z',
      endsAt: '2027-03-28T02:30:00.000Z',
      timezone: 'Europe/Paris',
      onlineUrl: 'https://teams.example/x',
    })
    await user.click(screen.getByRole('button', { name: 'Programmer la rencontre' }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/groups/${SLUG}/meetings/9`))
  })

  it('the agenda has list and month tabs (arrow keys), and a calendar subscription with copy and revoke', async () => {
    let tokens = 0
    const { callsTo } = api({
      [`GET /api/v1/groups/${SLUG}/meetings`]: (call) =>
        jsonResponse(200, { items: call.url.includes('from=') ? [meetingView({ myResponse: 'YES' })] : [meetingView({ myResponse: 'YES' })], nextCursor: null }),
      'GET /api/v1/me/calendar-token': () => jsonResponse(200, { token: `tok${++tokens}`, feedPathTemplate: '/api/v1/groups/{slug}/calendar.ics?token=x' }),
      'DELETE /api/v1/me/calendar-token': jsonResponse(204, null),
    })
    const user = userEvent.setup()
    // After setup(): user-event installs its own clipboard stub.
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { router } = await renderWithApp(AgendaView, { route: `/groups/${SLUG}/agenda`, props: { slug: SLUG } })

    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda · GT médiathèques tiers-lieux' })).toBeInTheDocument()
    const listTab = screen.getByRole('tab', { name: 'Liste' })
    expect(listTab).toHaveAttribute('aria-selected', 'true')
    const item = await screen.findByRole('link', { name: /Séance de retrouvailles/ })
    expect(item).toHaveAttribute('href', `/groups/${SLUG}/meetings/7`)
    expect(screen.getByText('Votre réponse : oui')).toBeInTheDocument()
    expect(screen.getByText('En visio')).toBeInTheDocument()

    listTab.focus()
    await user.keyboard('{ArrowRight}')
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Mois' })).toHaveAttribute('aria-selected', 'true'))
    expect(screen.getByRole('tab', { name: 'Mois' })).toHaveFocus()
    expect(router.currentRoute.value.query.view).toBe('month')
    await screen.findByRole('table')
    await waitFor(() => expect(callsTo(`GET /api/v1/groups/${SLUG}/meetings`).some((c) => c.url.includes('from='))).toBe(true))

    await user.click(screen.getByRole('button', { name: "Obtenir l'adresse d'abonnement" }))
    const field = await screen.findByRole('textbox', { name: "Adresse d'abonnement (iCal)" })
    expect(field.value).toBe(`${window.location.origin}/api/v1/groups/${SLUG}/calendar.ics?token=tok1`)
    expect(screen.getByRole('link', { name: 'Ouvrir dans mon agenda (webcal)' }).getAttribute('href')).toMatch(/^webcal:\/\/.*calendar\.ics\?token=tok1$/)
    await user.click(screen.getByRole('button', { name: "Copier l'adresse" }))
    expect(writeText).toHaveBeenCalledWith(field.value)
    expect(await screen.findByText('Adresse copiée dans le presse-papiers.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Révoquer' }))
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: "Révoquer l'adresse" }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: "Adresse d'abonnement (iCal)" }).value).toMatch(/token=tok2$/))
    expect(callsTo('DELETE /api/v1/me/calendar-token')).toHaveLength(1)
  })
})
