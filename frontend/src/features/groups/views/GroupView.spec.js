import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import GroupView from './GroupView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { useAuthStore } from '@/stores/auth'
import { AS, groupView } from '@/features/groups/group.fixtures'

/** Seen by someone signed in who is not in it, unless told otherwise. */
const group = (overrides = {}) => groupView({ description: 'Le groupe de travail des médiathèques tiers-lieux.', ...AS.outsider, ...overrides })

const categories = {
  items: [
    { id: 1, slug: 'vie-du-groupe', name: 'Vie du groupe', description: 'Se présenter', position: 1, threadCount: 2 },
    { id: 2, slug: 'publications', name: 'Publications', description: '', position: 2, threadCount: 0 },
  ],
}
const members = {
  items: [
    { userId: 9, username: 'sophie', displayName: 'Sophie', role: 'COORDINATOR', status: 'ACTIVE', joinedAt: '2026-01-02T10:00:00Z', invitedBy: null },
  ],
  nextCursor: null,
}

async function renderGroup(routes, { signedIn = true } = {}) {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': signedIn ? jsonResponse(200, session(me())) : problem(401),
    'GET /api/v1/groups/mediatheques-tiers-lieux/categories': categories,
    'GET /api/v1/groups/mediatheques-tiers-lieux/members': members,
    'GET /api/v1/me': me(),
    ...routes,
  })
  const view = await renderWithApp(GroupView, {
    route: '/groups/mediatheques-tiers-lieux',
    props: { slug: 'mediatheques-tiers-lieux' },
  })
  return { ...view, api }
}

describe('GroupView', () => {
  it('shows the group, its categories and members, and joins an OPEN group', async () => {
    let joined = false
    const { api } = await renderGroup({
      'GET /api/v1/groups/mediatheques-tiers-lieux': () =>
        jsonResponse(200, joined ? group({ ...AS.member, memberCount: 13 }) : group()),
      'POST /api/v1/groups/mediatheques-tiers-lieux/members': () => {
        joined = true
        return jsonResponse(201, { role: 'MEMBER', status: 'ACTIVE' })
      },
    })

    expect(await screen.findByRole('heading', { level: 1, name: 'GT médiathèques tiers-lieux' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Vie du groupe' })).toBeInTheDocument()
    expect(await screen.findByText('Sophie')).toBeInTheDocument()
    expect(screen.getByText(/12 membres/)).toBeInTheDocument()

    await userEvent.setup().click(screen.getByRole('button', { name: 'Rejoindre le groupe' }))

    expect(await screen.findByText('Bienvenue dans le groupe !')).toBeInTheDocument()
    expect(api.callsTo('POST /api/v1/groups/mediatheques-tiers-lieux/members')[0].headers.Authorization).toBe('Bearer access-1')
    // Now a member: the invite form appears.
    expect(await screen.findByRole('button', { name: 'Inviter' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Rejoindre le groupe' })).not.toBeInTheDocument()
  })

  it('asks to join an APPROVAL group, then shows the pending request', async () => {
    let asked = false
    await renderGroup({
      'GET /api/v1/groups/mediatheques-tiers-lieux': () =>
        jsonResponse(200, group({ joinPolicy: 'APPROVAL', ...(asked ? AS.pending : {}) })),
      'POST /api/v1/groups/mediatheques-tiers-lieux/members': () => {
        asked = true
        return jsonResponse(201, { role: 'MEMBER', status: 'PENDING' })
      },
    })
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Demander à rejoindre' }))
    const membership = screen.getByRole('region', { name: 'Participer' })
    await waitFor(() => expect(within(membership).getAllByText('Demande en attente').length).toBeGreaterThan(0))
    expect(within(membership).getByRole('button', { name: 'Annuler ma demande' })).toBeInTheDocument()
  })

  it('explains INVITE groups and offers sign-in to visitors', async () => {
    await renderGroup({ 'GET /api/v1/groups/mediatheques-tiers-lieux': group({ joinPolicy: 'INVITE', can: AS.visitor.can }) })
    expect(await screen.findByText(/fonctionne sur invitation/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Rejoindre/ })).not.toBeInTheDocument()
  })

  it('sends an invitation and confirms it', async () => {
    const { api } = await renderGroup({
      'GET /api/v1/groups/mediatheques-tiers-lieux': group(AS.coordinator),
      'POST /api/v1/groups/mediatheques-tiers-lieux/invitations': jsonResponse(201, {
        id: 1,
        email: 'lea@mediatheque.fr',
        expiresAt: '2026-12-01T00:00:00Z',
      }),
    })
    expect(await screen.findByRole('link', { name: 'Gérer le groupe' })).toHaveAttribute('href', '/groups/mediatheques-tiers-lieux/admin')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail de la personne invitée'), 'lea@mediatheque.fr')
    await user.type(screen.getByLabelText(/Message/), 'Bienvenue parmi nous')
    await user.click(screen.getByRole('button', { name: 'Inviter' }))

    expect(await screen.findByText('Invitation envoyée à lea@mediatheque.fr.')).toBeInTheDocument()
    expect(api.callsTo('POST /api/v1/groups/mediatheques-tiers-lieux/invitations')[0].body).toEqual({
      email: 'lea@mediatheque.fr',
      message: 'Bienvenue parmi nous',
    })
  })

  it('offers what the server allows, not what the role suggests: a coordinator who may not act yet only leaves', async () => {
    await renderGroup({ 'GET /api/v1/groups/mediatheques-tiers-lieux': group({ ...AS.coordinator, can: { ...AS.coordinator.can, takePart: false, coordinate: false } }) })
    const membership = await screen.findByRole('region', { name: 'Participer' })
    expect(within(membership).getByText('Vous prenez soin de ce groupe (soucieux·se).')).toBeInTheDocument()
    expect(within(membership).getByRole('button', { name: 'Quitter le groupe' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Gérer le groupe' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Inviter' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Nouvelle discussion' })).not.toBeInTheDocument()
  })

  it('lets a site admin who is not a member manage the group when the server says so', async () => {
    await renderGroup({ 'GET /api/v1/groups/mediatheques-tiers-lieux': group({ can: { ...AS.outsider.can, coordinate: true } }) })
    expect(await screen.findByRole('link', { name: 'Gérer le groupe' })).toHaveAttribute('href', '/groups/mediatheques-tiers-lieux/admin')
    expect(screen.getByRole('button', { name: 'Rejoindre le groupe' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Quitter le groupe' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Inviter' })).not.toBeInTheDocument()
  })

  it('asks visitors to sign in, with a redirect back to the group', async () => {
    await renderGroup({ 'GET /api/v1/groups/mediatheques-tiers-lieux': group(AS.visitor) }, { signedIn: false })
    expect(useAuthStore().isAuthenticated).toBe(false)
    const link = await screen.findByRole('link', { name: 'Se connecter pour rejoindre' })
    expect(link).toHaveAttribute('href', '/login?redirect=/groups/mediatheques-tiers-lieux')
  })
})
