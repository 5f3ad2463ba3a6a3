import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import PollVoteGrid from './PollVoteGrid.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'
import { pollView } from '@/features/meetings/fixtures'

describe('PollVoteGrid', () => {
  it('shows the options as columns with tallies, and saves the row of choices as the votes body', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'PUT /api/v1/polls/4/votes': () => jsonResponse(200, pollView({ voters: 3 })),
    })
    const user = userEvent.setup()
    const view = await renderWithApp(PollVoteGrid, { props: { poll: pollView() } })

    const table = screen.getByRole('table', { name: 'Disponibilités' })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers[0]).toHaveTextContent('Samedi 7 nov.13:00–15:00')
    expect(headers[1]).toHaveTextContent('Samedi 14 nov.13:00–15:00')
    expect(headers[2]).toHaveTextContent('En décembre, sur place')
    const tallies = within(table).getByRole('row', { name: /Total/ })
    const cells = within(tallies).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('1 oui0 si besoin1 non')
    expect(cells[1]).toHaveTextContent('2 oui0 si besoin0 non')
    expect(cells[1]).toHaveTextContent('★ En tête')
    expect(cells[2]).toHaveTextContent('0 oui1 si besoin1 non')
    expect(screen.getByText('2 personnes ont répondu.')).toBeInTheDocument()

    // The saved answer is checked; each radio names its option.
    expect(screen.getByRole('radio', { name: 'Samedi 14 nov. 13:00 : oui' })).toBeChecked()
    expect(screen.getByRole('radiogroup', { name: 'Samedi 7 nov. 13:00' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Samedi 7 nov. 13:00 : non' }))
    await user.click(screen.getByRole('radio', { name: 'Samedi 14 nov. 13:00 : si besoin' }))
    await user.click(screen.getByRole('radio', { name: 'En décembre, sur place : oui' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }))

    await waitFor(() => expect(callsTo('PUT /api/v1/polls/4/votes')).toHaveLength(1))
    expect(callsTo('PUT /api/v1/polls/4/votes')[0].body).toEqual({
      votes: [
        { optionId: 10, choice: 'NO' },
        { optionId: 11, choice: 'IF_NEED_BE' },
        { optionId: 12, choice: 'YES' },
      ],
    })
    expect(await screen.findByText('Vos réponses sont enregistrées.')).toBeInTheDocument()
    expect(view.emitted('update:poll')[0][0].voters).toBe(3)
  })

  it('is read-only once closed (the server no longer lets anyone answer), marking the chosen option', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me())) })
    await renderWithApp(PollVoteGrid, { props: { poll: pollView({ closed: true, chosenOptionId: 11, can: {} }) } })
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enregistrer mes réponses' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('columnheader')[1]).toHaveTextContent('★ Retenue')
    expect(screen.getByRole('row', { name: /Votre réponse/ })).toHaveTextContent('oui')
  })
})
