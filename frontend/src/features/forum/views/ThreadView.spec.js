import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ThreadView from './ThreadView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const thread = (overrides = {}) => ({
  id: 12,
  title: 'Notons ici les avancées du groupe',
  group: { slug: 'mediatheques-tiers-lieux', name: 'GT médiathèques tiers-lieux' },
  category: { id: 1, slug: 'vie-du-groupe', name: 'Vie du groupe' },
  author: { id: 2, username: 'Angelique_Robert', displayName: 'Angélique Robert' },
  createdAt: '2023-06-20T18:00:00Z',
  lastPostAt: '2023-10-02T08:00:00Z',
  replyCount: 1,
  pinned: false,
  locked: false,
  version: 3,
  subscription: 'WATCHING',
  lastReadPostId: null,
  // A member's, who did not start it.
  can: { reply: true, edit: false, moderate: false },
  ...overrides,
})

const post = (id, overrides = {}) => ({
  id,
  threadId: 12,
  author: { id: 2, username: 'Angelique_Robert', displayName: 'Angélique Robert' },
  body: 'Bonsoir à toutes et tous',
  html: '<p>Bonsoir à <strong>toutes et tous</strong></p>',
  createdAt: '2023-06-20T18:00:00Z',
  editedAt: null,
  replyToId: null,
  version: 0,
  deleted: false,
  // A member's, who did not write it.
  can: { edit: false, report: true },
  ...overrides,
})

const posts = [
  post(40),
  post(41, {
    author: { id: 3, username: 'mathilde.s', displayName: 'Mathilde S.' },
    body: 'Merci !',
    html: '<p>Merci ! <a href="https://www.klaxoon.com/">klaxoon</a></p>',
    replyToId: 40,
    editedAt: '2023-10-02T09:00:00Z',
  }),
  post(42, { deleted: true, body: '', html: '<p>[supprimé]</p>', author: null, can: { edit: false, report: false } }),
]

async function renderThread(routes = {}, { user = me() } = {}) {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': user ? jsonResponse(200, session(user)) : problem(401),
    'GET /api/v1/threads/12': thread(),
    'GET /api/v1/threads/12/posts': { items: posts, nextCursor: null },
    'POST /api/v1/threads/12/read': new Response(null, { status: 204 }),
    'GET /api/v1/groups/mediatheques-tiers-lieux/categories': { items: [] },
    ...routes,
  })
  const view = await renderWithApp(ThreadView, { route: '/threads/12', props: { id: '12' } })
  await screen.findByRole('heading', { level: 1, name: 'Notons ici les avancées du groupe' })
  return { ...view, api, user: userEvent.setup() }
}

describe('ThreadView', () => {
  it('shows the thread and its posts as the server rendered them, then marks them read', async () => {
    const { api } = await renderThread()

    const first = document.getElementById('post-40')
    expect(first).toHaveAttribute('tabindex', '-1')
    expect(within(first).getByText('toutes et tous').tagName).toBe('STRONG')
    expect(within(first).getByRole('heading', { name: 'Angélique Robert' })).toBeInTheDocument()
    const second = document.getElementById('post-41')
    expect(within(second).getByRole('link', { name: 'klaxoon' })).toHaveAttribute('href', 'https://www.klaxoon.com/')
    expect(within(second).getByRole('link', { name: 'En réponse à Angélique Robert' })).toHaveAttribute('href', '/threads/12#post-40')
    expect(within(second).getByText(/modifié le/)).toBeInTheDocument()
    const deleted = document.getElementById('post-42')
    expect(within(deleted).getByText('Ce message a été supprimé.')).toBeInTheDocument()
    expect(within(deleted).queryByRole('button', { name: /Répondre/ })).not.toBeInTheDocument()
    // Each post says what the caller may do with it: report the others' messages, change none of them.
    expect(within(first).getByRole('button', { name: 'Signaler le message de Angélique Robert' })).toBeInTheDocument()
    expect(within(first).queryByRole('button', { name: /^Modifier/ })).not.toBeInTheDocument()
    expect(within(first).queryByRole('button', { name: /^Supprimer/ })).not.toBeInTheDocument()
    expect(screen.queryByText('Modérer la discussion')).not.toBeInTheDocument()

    expect(screen.getByRole('link', { name: 'Vie du groupe' })).toHaveAttribute('href', '/groups/mediatheques-tiers-lieux/forum/vie-du-groupe')
    expect(screen.getByRole('button', { name: /Notifications de la discussion : Surveiller/ })).toBeInTheDocument()
    await waitFor(() => expect(api.callsTo('POST /api/v1/threads/12/read')).toHaveLength(1))
    expect(api.callsTo('POST /api/v1/threads/12/read')[0].body).toEqual({ lastReadPostId: 42 })
  })

  it('replies to a post: POST {body, replyToId}, and the reply appears', async () => {
    const reply = post(43, {
      author: { id: 1, username: 'camille', displayName: 'Camille' },
      body: 'Je serai là le 14 novembre',
      html: '<p>Je serai là le 14 novembre</p>',
      replyToId: 41,
      can: { edit: true, report: false },
      createdAt: '2023-10-03T08:00:00Z',
    })
    const { api, user } = await renderThread({ 'POST /api/v1/threads/12/posts': jsonResponse(201, reply) })

    await user.click(screen.getByRole('button', { name: 'Répondre à Mathilde S.' }))
    const form = screen.getByRole('region', { name: 'Répondre' })
    expect(within(form).getByRole('link', { name: 'En réponse à Mathilde S.' })).toHaveAttribute('href', '/threads/12#post-41')
    const editor = within(form).getByRole('textbox', { name: 'Votre réponse' })
    await waitFor(() => expect(editor).toHaveFocus())
    await user.type(editor, 'Je serai là le 14 novembre')
    await user.click(within(form).getByRole('button', { name: 'Publier la réponse' }))

    await waitFor(() => expect(api.callsTo('POST /api/v1/threads/12/posts')).toHaveLength(1))
    expect(api.callsTo('POST /api/v1/threads/12/posts')[0].body).toEqual({ body: 'Je serai là le 14 novembre', replyToId: 41 })
    const added = await waitFor(() => {
      const el = document.getElementById('post-43')
      expect(el).not.toBeNull()
      return el
    })
    expect(within(added).getByText('Je serai là le 14 novembre')).toBeInTheDocument()
    await waitFor(() => expect(added).toHaveFocus())
    expect(editor).toHaveValue('')
    expect(within(form).queryByText(/En réponse à/)).not.toBeInTheDocument()
    await waitFor(() => expect(api.callsTo('POST /api/v1/threads/12/read').at(-1).body).toEqual({ lastReadPostId: 43 }))
  })

  it('refuses an empty reply beside the field', async () => {
    const { api, user } = await renderThread()
    await user.click(screen.getByRole('button', { name: 'Publier la réponse' }))
    const editor = screen.getByRole('textbox', { name: 'Votre réponse' })
    expect(editor).toHaveAttribute('aria-invalid', 'true')
    expect(editor).toHaveAccessibleDescription(/Écrivez votre message/)
    expect(api.callsTo('POST /api/v1/threads/12/posts')).toHaveLength(0)
  })

  it('hides the reply editor of a locked thread and says why', async () => {
    await renderThread({ 'GET /api/v1/threads/12': thread({ locked: true, can: { reply: false, edit: false, moderate: false } }) })
    expect(screen.getByText('Verrouillé')).toBeInTheDocument()
    expect(screen.getByText('Cette discussion est verrouillée : on ne peut plus y répondre.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Votre réponse' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Répondre/ })).not.toBeInTheDocument()
  })

  it('still lets those the server allows (coordinators) reply to a locked thread', async () => {
    await renderThread({ 'GET /api/v1/threads/12': thread({ locked: true, can: { reply: true, edit: true, moderate: true } }) })
    expect(screen.getByText('Cette discussion est verrouillée : on ne peut plus y répondre.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Votre réponse' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Répondre à Mathilde S.' })).toBeInTheDocument()
  })

  it('asks non-members to join the group to reply', async () => {
    await renderThread({ 'GET /api/v1/threads/12': thread({ can: { reply: false, edit: false, moderate: false }, subscription: 'NORMAL' }) })
    expect(screen.getByText('Rejoignez le groupe pour répondre.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Aller sur la page de « GT médiathèques tiers-lieux »' })).toHaveAttribute(
      'href',
      '/groups/mediatheques-tiers-lieux',
    )
    expect(screen.queryByRole('textbox', { name: 'Votre réponse' })).not.toBeInTheDocument()
  })

  it('a stale version (409) on PATCH offers to reload the thread', async () => {
    let version = 3
    const { api, user } = await renderThread({
      'GET /api/v1/threads/12': () => jsonResponse(200, thread({ can: { reply: true, edit: true, moderate: true }, version })),
      'PATCH /api/v1/threads/12': problem(409, {
        type: 'https://entraide.example/problems/stale-version',
        title: 'Conflict',
        detail: 'stale version',
      }),
    })
    await user.click(screen.getByText('Modérer la discussion'))
    await user.click(screen.getByRole('button', { name: 'Épingler' }))

    expect(api.callsTo('PATCH /api/v1/threads/12')[0].body).toEqual({ pinned: true, version: 3 })
    expect(await screen.findByText(/modifiée entre-temps par quelqu'un d'autre/)).toBeInTheDocument()
    version = 4
    await user.click(screen.getByRole('button', { name: 'Recharger' }))

    await waitFor(() => expect(api.callsTo('GET /api/v1/threads/12')).toHaveLength(2))
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Recharger' })).not.toBeInTheDocument())
  })

  it('a coordinator pins the thread with its version and sees the badge', async () => {
    const { api, user } = await renderThread({
      'GET /api/v1/threads/12': thread({ can: { reply: true, edit: true, moderate: true } }),
      'PATCH /api/v1/threads/12': (call) => jsonResponse(200, thread({ can: { reply: true, edit: true, moderate: true }, pinned: call.body.pinned, version: 4 })),
    })
    await user.click(screen.getByText('Modérer la discussion'))
    await user.click(screen.getByRole('button', { name: 'Épingler' }))
    expect(await screen.findByText('Épinglé')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Désépingler' })).toBeInTheDocument()
    expect(api.callsTo('PATCH /api/v1/threads/12')[0].body).toEqual({ pinned: true, version: 3 })
  })

  it('edits and deletes own posts after confirmation', async () => {
    const own = post(44, { author: { id: 1, username: 'camille', displayName: 'Camille' }, body: 'Brouillon', html: '<p>Brouillon</p>', can: { edit: true, report: false }, version: 2 })
    const { api, user } = await renderThread({
      'GET /api/v1/threads/12/posts': { items: [post(40), own], nextCursor: null },
      'PATCH /api/v1/posts/44': (call) => jsonResponse(200, { ...own, body: call.body.body, html: '<p>Texte final</p>', editedAt: '2023-10-04T08:00:00Z', version: 3 }),
      'DELETE /api/v1/posts/44': new Response(null, { status: 204 }),
    })
    await user.click(screen.getByRole('button', { name: 'Modifier le message de Camille' }))
    const field = screen.getByRole('textbox', { name: 'Modifier le message' })
    await user.clear(field)
    await user.type(field, 'Texte final')
    await user.click(screen.getByRole('button', { name: 'Enregistrer la modification' }))
    expect(await screen.findByText('Texte final')).toBeInTheDocument()
    expect(api.callsTo('PATCH /api/v1/posts/44')[0].body).toEqual({ body: 'Texte final', version: 2 })

    await user.click(screen.getByRole('button', { name: 'Supprimer le message de Camille' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer ce message ?' })
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer le message' }))
    await waitFor(() => expect(api.callsTo('DELETE /api/v1/posts/44')).toHaveLength(1))
    expect(within(document.getElementById('post-44')).getByText('Ce message a été supprimé.')).toBeInTheDocument()
  })
})
