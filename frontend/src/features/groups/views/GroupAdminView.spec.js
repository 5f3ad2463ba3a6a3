import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import GroupAdminView from './GroupAdminView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { AS, SLUG, groupView } from '@/features/groups/group.fixtures'

const members = (status) => ({
  items: status === 'PENDING'
    ? [{ userId: 7, username: 'lea', displayName: 'Léa', role: 'MEMBER', status: 'PENDING', joinedAt: '2026-11-30T10:00:00Z' }]
    : [{ userId: 9, username: 'sophie', displayName: 'Sophie', role: 'COORDINATOR', status: 'ACTIVE', joinedAt: '2026-01-02T10:00:00Z' }],
  nextCursor: null,
})

async function renderAdmin(group, routes = {}) {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    [`GET /api/v1/groups/${SLUG}`]: group,
    [`GET /api/v1/groups/${SLUG}/members`]: (call) => jsonResponse(200, members(new URL(call.url, 'http://x').searchParams.get('status'))),
    [`GET /api/v1/groups/${SLUG}/invitations`]: { items: [], nextCursor: null },
    [`GET /api/v1/groups/${SLUG}/categories`]: { items: [] },
    ...routes,
  })
  await renderWithApp(GroupAdminView, { route: `/groups/${SLUG}/admin`, props: { slug: SLUG } })
  await screen.findByRole('heading', { level: 1, name: 'Gérer « GT médiathèques tiers-lieux »' })
  return api
}

describe('GroupAdminView', () => {
  it('opens to whoever the server says coordinates, a site admin outside the group included', async () => {
    await renderAdmin(groupView({ ...AS.outsider, can: { ...AS.outsider.can, coordinate: true } }))
    const pending = await screen.findByRole('region', { name: 'Demandes en attente' })
    expect(await within(pending).findByRole('button', { name: 'Accepter Léa' })).toBeInTheDocument()
    expect(await screen.findByRole('row', { name: /Sophie/ })).toBeInTheDocument()
  })

  it('turns away someone the server does not let coordinate, whatever their role, and lists nobody', async () => {
    const api = await renderAdmin(groupView({ ...AS.coordinator, can: { ...AS.coordinator.can, coordinate: false } }))
    expect(await screen.findByText('Cette page est réservée aux soucieux·ses du groupe.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Demandes en attente' })).not.toBeInTheDocument()
    expect(api.callsTo(`GET /api/v1/groups/${SLUG}/members`)).toHaveLength(0)
  })

  it('asks before removing a member, keeps the refusal in the dialog, and says when it is done', async () => {
    let attempt = 0
    const api = await renderAdmin(groupView({ ...AS.coordinator }), {
      [`DELETE /api/v1/groups/${SLUG}/members/9`]: () => (++attempt === 1 ? problem(409, { title: 'Conflict' }) : jsonResponse(204)),
    })
    const user = userEvent.setup()
    const row = await screen.findByRole('row', { name: /Sophie/ })
    await user.click(within(row).getByRole('button', { name: /Retirer/ }))

    const dialog = screen.getByRole('alertdialog', { name: 'Retirer ce membre ?' })
    expect(dialog).toHaveTextContent('Sophie ne fera plus partie de « GT médiathèques tiers-lieux ».')
    await user.click(within(dialog).getByRole('button', { name: 'Retirer du groupe' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Le groupe doit garder au moins un·e soucieux·se.')

    await user.click(within(dialog).getByRole('button', { name: 'Retirer du groupe' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(await screen.findByText('Sophie a été retiré·e du groupe.')).toBeInTheDocument()
    expect(api.callsTo(`DELETE /api/v1/groups/${SLUG}/members/9`)).toHaveLength(2)
  })
})
