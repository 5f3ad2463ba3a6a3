import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import PollNewView from './PollNewView.vue'
import PollView from './PollView.vue'
import PollsView from './PollsView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { AS, SLUG, groupView, meetingView, pollView } from '@/features/meetings/fixtures'

function api(routes = {}, { group = groupView() } = {}) {
  return mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    [`GET /api/v1/groups/${SLUG}`]: group,
    ...routes,
  })
}

describe('poll screens', () => {
  it('lists the polls of the group', async () => {
    api({ [`GET /api/v1/groups/${SLUG}/polls`]: { items: [pollView(), pollView({ id: 5, title: 'Voyage apprenant', closed: true, can: {} })], nextCursor: null } })
    await renderWithApp(PollsView, { route: `/groups/${SLUG}/polls`, props: { slug: SLUG } })
    expect(await screen.findByRole('link', { name: 'Quelle date pour les retrouvailles ?' })).toHaveAttribute('href', '/polls/4')
    expect(screen.getByText('Fermé')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Nouveau sondage' })).toHaveAttribute('href', `/groups/${SLUG}/polls/new`)
  })

  it('creates a poll with dates in Paris time and a text option; server errors land on their row', async () => {
    let attempt = 0
    const { callsTo } = api({
      [`POST /api/v1/groups/${SLUG}/polls`]: () =>
        ++attempt === 1
          ? problem(400, { detail: 'Une option datée finit après son début.', errors: [{ field: 'options[1].endsAt', message: 'Une option datée finit après son début.' }] })
          : jsonResponse(201, pollView({ id: 6 })),
      'GET /api/v1/polls/6': pollView({ id: 6 }),
    })
    const user = userEvent.setup()
    const { router } = await renderWithApp(PollNewView, { route: `/groups/${SLUG}/polls/new`, props: { slug: SLUG } })
    await user.type(await screen.findByRole('textbox', { name: /Question/ }), 'Quelle date pour les retrouvailles ?')
    const first = screen.getByRole('group', { name: 'Proposition 1 : date' })
    await user.type(within(first).getByLabelText('Date'), '2026-11-07')
    const second = screen.getByRole('group', { name: 'Proposition 2 : date' })
    await user.type(within(second).getByLabelText('Date'), '2026-11-14')
    await user.click(screen.getByRole('button', { name: 'Ajouter une option texte' }))
    await user.type(screen.getByRole('textbox', { name: 'Libellé' }), 'En décembre')
    await user.click(screen.getByRole('button', { name: 'Ouvrir le sondage' }))

    expect(await within(second).findByText('Une option datée finit après son début.')).toBeInTheDocument()
    expect(callsTo(`POST /api/v1/groups/${SLUG}/polls`)[0].body).toEqual({
      title: 'Quelle date pour les retrouvailles ?',
      options: [
        { startsAt: '2026-11-07T12:00:00.000Z', endsAt: '2026-11-07T14:00:00.000Z' },
        { startsAt: '2026-11-14T12:00:00.000Z', endsAt: '2026-11-14T14:00:00.000Z' },
        { label: 'En décembre' },
      ],
    })
    await user.click(screen.getByRole('button', { name: 'Ouvrir le sondage' }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/polls/6'))
  })

  it('checks rows before sending', async () => {
    const { callsTo } = api()
    const user = userEvent.setup()
    await renderWithApp(PollNewView, { route: `/groups/${SLUG}/polls/new`, props: { slug: SLUG } })
    await user.click(await screen.findByRole('button', { name: 'Ouvrir le sondage' }))
    expect(screen.getByText('Posez la question du sondage.')).toBeInTheDocument()
    expect(screen.getAllByText('Choisissez la date.')).toHaveLength(2)
    expect(callsTo(`POST /api/v1/groups/${SLUG}/polls`)).toHaveLength(0)
  })

  it('closes a poll into a meeting through the dialog and opens the meeting', async () => {
    const { callsTo } = api({
      'GET /api/v1/polls/4': pollView({ can: { vote: true, close: true, createMeeting: true, createWorkshop: true } }),
      'POST /api/v1/polls/4/close': () => jsonResponse(200, pollView({ closed: true, chosenOptionId: 11, createdMeetingId: 21, can: {} })),
      'GET /api/v1/meetings/21': meetingView({ id: 21 }),
    })
    const user = userEvent.setup()
    const { router } = await renderWithApp(PollView, { route: '/polls/4', props: { id: '4' } })
    await user.click(await screen.findByRole('button', { name: 'Fermer le sondage…' }))
    const dialog = screen.getByRole('dialog', { name: 'Fermer le sondage' })
    // The leading option is proposed.
    expect(within(dialog).getByRole('radio', { name: /Samedi 14 nov. 13:00/ })).toBeChecked()
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('radio', { name: 'Créer une rencontre' }))
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type de rencontre' }), 'ONBOARDING')
    await user.type(within(dialog).getByRole('textbox', { name: /Lien de la visio/ }), 'https://meet.jit.si/retrouvailles')
    const title = within(dialog).getByRole('textbox', { name: 'Titre' })
    expect(title).toHaveValue(pollView().title)
    await user.clear(title)
    await user.type(title, 'Retrouvailles de printemps')
    expect(within(dialog).getByRole('checkbox', { name: /Inscrire comme venant·es/ })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Fermer le sondage' }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/groups/${SLUG}/meetings/21`))
    expect(callsTo('POST /api/v1/polls/4/close')[0].body).toEqual({
      chosenOptionId: 11,
      createAs: 'MEETING',
      kind: 'ONBOARDING',
      onlineUrl: 'https://meet.jit.si/retrouvailles',
      title: 'Retrouvailles de printemps',
      description: pollView().description ?? '',
      yesVotersComing: true,
    })
  })

  it('offers a member who closes their poll a workshop, not a meeting (coordinators schedule those)', async () => {
    api({ 'GET /api/v1/polls/4': pollView({ can: { vote: true, close: true, createWorkshop: true } }) })
    const user = userEvent.setup()
    await renderWithApp(PollView, { route: '/polls/4', props: { id: '4' } })
    await user.click(await screen.findByRole('button', { name: 'Fermer le sondage…' }))
    const dialog = screen.getByRole('dialog', { name: 'Fermer le sondage' })
    expect(within(dialog).getByRole('radio', { name: 'Créer une rencontre' })).toBeDisabled()
    expect(within(dialog).getByRole('radio', { name: 'Créer un atelier' })).toBeEnabled()
    expect(within(dialog).getByText('Seul·es les soucieux·ses du groupe programment une rencontre.')).toBeInTheDocument()
  })

  it('lets a member answer, and tells someone outside the group to join first', async () => {
    api({ 'GET /api/v1/polls/4': pollView() })
    const { unmount } = await renderWithApp(PollView, { route: '/polls/4', props: { id: '4' } })
    expect(await screen.findByRole('button', { name: 'Enregistrer mes réponses' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Fermer le sondage…' })).not.toBeInTheDocument()
    unmount()

    api({ 'GET /api/v1/polls/4': pollView({ can: {} }) }, { group: groupView(AS.outsider) })
    await renderWithApp(PollView, { route: '/polls/4', props: { id: '4' } })
    expect(await screen.findByText('Rejoignez le groupe pour répondre au sondage.')).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enregistrer mes réponses' })).not.toBeInTheDocument()
  })

  it('lists polls a page at a time', async () => {
    const { callsTo } = api({
      [`GET /api/v1/groups/${SLUG}/polls`]: (call) =>
        call.url.includes('cursor=')
          ? { items: [pollView({ id: 5, title: 'Deuxième page' })], nextCursor: null }
          : { items: [pollView({ id: 4, title: 'Première page' })], nextCursor: 'c1' },
    })
    const user = userEvent.setup()
    await renderWithApp(PollsView, { route: `/groups/${SLUG}/polls`, props: { slug: SLUG } })
    expect(await screen.findByRole('link', { name: 'Première page' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Charger plus' }))
    expect(await screen.findByRole('link', { name: 'Deuxième page' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Première page' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Charger plus' })).not.toBeInTheDocument()
    expect(callsTo(`GET /api/v1/groups/${SLUG}/polls`)[1].url).toContain('cursor=c1')
  })
})
