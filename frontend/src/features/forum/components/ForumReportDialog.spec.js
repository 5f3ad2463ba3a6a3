import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ForumReportDialog from './ForumReportDialog.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, mockFetch, problem } from '@/test/http-mock'

const post = { id: 40, author: { id: 2, displayName: 'Camille' } }

async function renderDialog(routes) {
  const api = mockFetch({ 'POST /api/v1/auth/refresh': problem(401), ...routes })
  const view = await renderWithApp(ForumReportDialog, { props: { post } })
  return { ...view, api, user: userEvent.setup() }
}

describe('ForumReportDialog ("Signaler")', () => {
  it('is a dialog with a radio group of reasons; a reason is required; the report is sent with the message', async () => {
    const { api, user, emitted } = await renderDialog({
      'POST /api/v1/posts/40/reports': (call) => jsonResponse(201, { id: 7, postId: 40, ...call.body }),
    })
    const dialog = screen.getByRole('dialog', { name: 'Signaler ce message' })
    expect(dialog).toHaveTextContent('Camille')
    const reasons = screen.getByRole('group', { name: 'Pourquoi signalez-vous ce message ?' })
    expect(reasons).toBeInTheDocument()
    expect(screen.getAllByRole('radio')).toHaveLength(4)

    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }))
    expect(screen.getByText('Choisissez un motif.')).toBeInTheDocument()
    expect(api.calls.filter((c) => c.path.endsWith('/reports'))).toHaveLength(0)

    await user.click(screen.getByRole('radio', { name: 'Hors sujet' }))
    await user.type(screen.getByRole('textbox', { name: /Un mot pour les soucieux·ses/ }), 'Rien à voir avec le sujet')
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }))
    await waitFor(() => expect(emitted().reported).toBeTruthy())
    const sent = api.calls.find((c) => c.path === '/api/v1/posts/40/reports')
    expect(sent.body).toEqual({ reason: 'OFF_TOPIC', message: 'Rien à voir avec le sujet' })
  })

  it('takes an earlier report of the same post (409) as done, and shows other errors', async () => {
    const { user, emitted } = await renderDialog({ 'POST /api/v1/posts/40/reports': problem(409, { detail: 'déjà' }) })
    await user.click(screen.getByRole('radio', { name: 'Pourriel ou publicité' }))
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }))
    await waitFor(() => expect(emitted().reported).toBeTruthy())
  })

  it('closes on Escape', async () => {
    const { user, emitted } = await renderDialog({})
    await user.keyboard('{Escape}')
    expect(emitted().close).toBeTruthy()
  })
})
