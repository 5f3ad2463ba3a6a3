import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import MeetingRsvp from './MeetingRsvp.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { meetingView } from '@/features/meetings/fixtures'

describe('MeetingRsvp', () => {
  it('answers oui / peut-être / non with PUT rsvp, marks the pressed button and shows the new counts', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'PUT /api/v1/meetings/7/rsvp': (call) =>
        jsonResponse(200, meetingView({ myResponse: call.body.response, yesCount: 4, maybeCount: 1, noCount: 0 })),
    })
    const user = userEvent.setup()
    const view = await renderWithApp(MeetingRsvp, { props: { meeting: meetingView({ capacity: 10 }) } })
    const group = screen.getByRole('group', { name: 'Votre réponse' })
    expect(group).toBeInTheDocument()
    expect(screen.getByText(/3 oui · 1 peut-être · 0 non/)).toBeInTheDocument()
    expect(screen.getByText(/7 places restantes sur 10/)).toBeInTheDocument()
    const yes = screen.getByRole('button', { name: 'Oui' })
    expect(yes).toHaveAttribute('aria-pressed', 'false')

    await user.click(yes)
    await waitFor(() => expect(callsTo('PUT /api/v1/meetings/7/rsvp')).toHaveLength(1))
    expect(callsTo('PUT /api/v1/meetings/7/rsvp')[0].body).toEqual({ response: 'YES' })
    const emitted = view.emitted('update:meeting')
    expect(emitted[0][0]).toMatchObject({ myResponse: 'YES', yesCount: 4 })

    await view.rerender({ meeting: emitted[0][0] })
    expect(screen.getByRole('button', { name: /Oui/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'Peut-être' })).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByText(/4 oui · 1 peut-être · 0 non/)).toBeInTheDocument()
    expect(screen.getByText('Vous avez répondu « oui ».')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Réponse enregistrée : oui.')
  })

  it('shows why a "yes" was refused (full), and only the counts when the person cannot answer', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'PUT /api/v1/meetings/7/rsvp': problem(409, {
        detail: 'Cette rencontre est complète : répondez « peut-être » pour être prévenu·e.',
        errors: [{ field: 'response', message: 'complet' }],
      }),
    })
    const user = userEvent.setup()
    const view = await renderWithApp(MeetingRsvp, { props: { meeting: meetingView({ capacity: 3 }) } })
    expect(screen.getByText(/complet \(3 places\)/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Oui' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Cette rencontre est complète')

    await view.rerender({ meeting: meetingView({ can: { seeAttendees: true } }) })
    expect(screen.queryByRole('button', { name: 'Oui' })).not.toBeInTheDocument()
    expect(screen.getByText(/3 oui · 1 peut-être · 0 non/)).toBeInTheDocument()
  })
})
