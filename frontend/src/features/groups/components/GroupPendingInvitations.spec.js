import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import GroupPendingInvitations from './GroupPendingInvitations.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

const pending = {
  items: [
    { id: 7, email: 'dominique@mediatheque.test', invitedBy: { id: 2, username: 'sophie', displayName: 'Sophie' }, createdAt: '2026-11-20T10:00:00Z', expiresAt: '2026-12-04T10:00:00Z' },
    { id: 8, email: 'alex@mediatheque.test', invitedBy: null, createdAt: '2026-11-21T10:00:00Z', expiresAt: '2026-12-05T10:00:00Z' },
  ],
  nextCursor: null,
}

describe('GroupPendingInvitations', () => {
  it('lists the pending invitations and withdraws one after confirmation', async () => {
    const api = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/me': me(),
      'GET /api/v1/groups/gt/invitations': pending,
      'DELETE /api/v1/groups/gt/invitations/7': () => jsonResponse(204),
    })
    await renderWithApp(GroupPendingInvitations, { props: { slug: 'gt' } })

    expect(await screen.findByText('dominique@mediatheque.test', { selector: 'strong' })).toBeInTheDocument()
    expect(screen.getByText(/invitée par Sophie/)).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: "Retirer l'invitation dominique@mediatheque.test" }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Retirer cette invitation ?' })
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }))

    expect(await screen.findByText('Invitation à dominique@mediatheque.test retirée.')).toBeInTheDocument()
    expect(screen.queryByText('dominique@mediatheque.test', { selector: 'strong' })).not.toBeInTheDocument()
    expect(screen.getByText('alex@mediatheque.test', { selector: 'strong' })).toBeInTheDocument()
    expect(api.callsTo('DELETE /api/v1/groups/gt/invitations/7')).toHaveLength(1)
  })

  it('says when there is nothing to withdraw', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/me': me(),
      'GET /api/v1/groups/gt/invitations': { items: [], nextCursor: null },
    })
    await renderWithApp(GroupPendingInvitations, { props: { slug: 'gt' } })
    expect(await screen.findByText('Aucune invitation en attente.')).toBeInTheDocument()
  })
})
