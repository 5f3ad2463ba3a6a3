import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ForumView from './ForumView.vue'
import ForumCategoryView from './ForumCategoryView.vue'
import ForumNewThreadView from './ForumNewThreadView.vue'
import GroupCategoryAdmin from '@/features/groups/components/GroupCategoryAdmin.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { AS, SLUG, groupView } from '@/features/groups/group.fixtures'

const group = groupView()
const categories = {
  items: [
    { id: 1, slug: 'vie-du-groupe', name: 'Vie du groupe', description: 'Les avancées, les sujets en cours', position: 1, threadCount: 2, subscription: 'NORMAL', defaultSubscription: 'WATCHING' },
    { id: 2, slug: 'publications', name: 'Publications', description: 'Nos écrits, lectures, podcasts', position: 2, threadCount: 0, subscription: 'TRACKING', defaultSubscription: 'NORMAL' },
  ],
}
const summary = (id, overrides = {}) => ({
  id,
  title: `Discussion ${id}`,
  category: { id: 1, slug: 'vie-du-groupe', name: 'Vie du groupe' },
  author: { id: 2, username: 'ABertrand74', displayName: 'A. Bertrand' },
  createdAt: '2023-06-20T18:00:00Z',
  lastPostAt: '2023-10-02T08:00:00Z',
  replyCount: 0,
  pinned: false,
  locked: false,
  unread: null,
  subscription: 'NORMAL',
  ...overrides,
})

function api(routes = {}) {
  return mockFetch({
    'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
    [`GET /api/v1/groups/${SLUG}`]: group,
    [`GET /api/v1/groups/${SLUG}/categories`]: categories,
    ...routes,
  })
}

describe('forum screens', () => {
  it('lists the categories with their thread count and bell, linking to each one', async () => {
    api()
    await renderWithApp(ForumView, { route: `/groups/${SLUG}/forum`, props: { slug: SLUG } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Forum · GT médiathèques tiers-lieux' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Vie du groupe' })).toHaveAttribute('href', `/groups/${SLUG}/forum/vie-du-groupe`)
    expect(screen.getByText('2 discussions')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Notifications de la rubrique : Normal \(Vie du groupe\)/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Notifications de la rubrique : Suivre \(Publications\)/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Nouvelle discussion' })).toHaveAttribute('href', `/groups/${SLUG}/forum/new`)
    expect(screen.getByRole('searchbox', { name: 'Rechercher dans le forum' })).toBeInTheDocument()
  })

  it('lists threads pinned first with badges and unread counts, and loads more', async () => {
    const { callsTo } = api({
      [`GET /api/v1/groups/${SLUG}/threads`]: (call) =>
        call.url.includes('cursor=p2')
          ? jsonResponse(200, { items: [summary(3)], nextCursor: null })
          : jsonResponse(200, {
              items: [summary(1, { pinned: true, title: 'Notons ici', replyCount: 4, unread: 3 }), summary(2, { locked: true, unread: 0 })],
              nextCursor: 'p2',
            }),
    })
    const user = userEvent.setup()
    await renderWithApp(ForumCategoryView, { route: `/groups/${SLUG}/forum/vie-du-groupe`, props: { slug: SLUG, category: 'vie-du-groupe' } })

    expect(await screen.findByRole('heading', { level: 1, name: 'Vie du groupe' })).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: 'Discussions' })
    const items = within(list).getAllByRole('listitem')
    expect(within(items[0]).getByRole('link', { name: 'Notons ici' })).toHaveAttribute('href', '/threads/1')
    expect(within(items[0]).getByText('Épinglé')).toBeInTheDocument()
    expect(within(items[0]).getByText('3 non lus')).toBeInTheDocument()
    expect(within(items[0]).getByText(/4 réponses/)).toBeInTheDocument()
    expect(within(items[0]).getByText(/par A. Bertrand/)).toBeInTheDocument()
    expect(within(items[1]).getByText('Verrouillé')).toBeInTheDocument()
    expect(within(items[1]).queryByText(/non lu/)).not.toBeInTheDocument()
    expect(callsTo(`GET /api/v1/groups/${SLUG}/threads`)[0].url).toContain('category=vie-du-groupe')
    expect(screen.getByRole('link', { name: 'Nouvelle discussion' })).toHaveAttribute('href', `/groups/${SLUG}/forum/new?category=vie-du-groupe`)

    await user.click(screen.getByRole('button', { name: 'Charger plus' }))
    expect(await screen.findByRole('link', { name: 'Discussion 3' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Charger plus' })).not.toBeInTheDocument()
  })

  it('says so when a category has no thread yet', async () => {
    api({ [`GET /api/v1/groups/${SLUG}/threads`]: { items: [], nextCursor: null } })
    await renderWithApp(ForumCategoryView, { route: `/groups/${SLUG}/forum/publications`, props: { slug: SLUG, category: 'publications' } })
    expect(await screen.findByText("Aucune discussion dans cette rubrique pour l'instant.")).toBeInTheDocument()
  })

  it('creates a thread in the category from the query, and shows server errors beside the fields', async () => {
    let attempt = 0
    const { callsTo } = api({
      [`POST /api/v1/groups/${SLUG}/threads`]: () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation failed', errors: [{ field: 'createThread.request.title', message: 'Titre trop long' }] })
          : jsonResponse(201, { id: 77 }),
      'GET /api/v1/threads/77': jsonResponse(404, {}),
      'GET /api/v1/threads/77/posts': jsonResponse(404, {}),
    })
    const user = userEvent.setup()
    const { router } = await renderWithApp(ForumNewThreadView, { route: `/groups/${SLUG}/forum/new?category=publications`, props: { slug: SLUG } })

    const select = await screen.findByRole('combobox', { name: 'Rubrique' })
    await waitFor(() => expect(select).toHaveValue('publications'))
    await user.type(screen.getByRole('textbox', { name: 'Titre' }), 'Podcast sur les tiers-lieux')
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'À écouter : *Bibliothèques en transition*')
    await user.click(screen.getByRole('button', { name: 'Publier la discussion' }))

    expect(await screen.findByText('Titre trop long')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveAttribute('aria-invalid', 'true')

    await user.click(screen.getByRole('button', { name: 'Publier la discussion' }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/threads/77'))
    expect(callsTo(`POST /api/v1/groups/${SLUG}/threads`)[1].body).toEqual({
      category: 'publications',
      title: 'Podcast sur les tiers-lieux',
      body: 'À écouter : *Bibliothèques en transition*',
    })
  })

  it('keeps the new-thread form for those the server lets take part', async () => {
    api({ [`GET /api/v1/groups/${SLUG}`]: groupView(AS.outsider) })
    await renderWithApp(ForumNewThreadView, { route: `/groups/${SLUG}/forum/new`, props: { slug: SLUG } })
    expect(await screen.findByText(/Seuls les membres du groupe peuvent lancer une discussion/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Publier la discussion' })).not.toBeInTheDocument()
  })

  it('checks required fields before sending', async () => {
    const { callsTo } = api()
    const user = userEvent.setup()
    await renderWithApp(ForumNewThreadView, { route: `/groups/${SLUG}/forum/new`, props: { slug: SLUG } })
    await user.click(await screen.findByRole('button', { name: 'Publier la discussion' }))
    expect(screen.getByText('Choisissez une rubrique.')).toBeInTheDocument()
    expect(screen.getByText('Donnez un titre à la discussion.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveAccessibleDescription(/Écrivez votre message/)
    expect(callsTo(`POST /api/v1/groups/${SLUG}/threads`)).toHaveLength(0)
  })

  it('coordinators set the default level of a category and add one', async () => {
    const { callsTo } = api({
      [`PUT /api/v1/groups/${SLUG}/categories/2/default-subscription`]: (call) => jsonResponse(200, { level: call.body.level }),
      [`POST /api/v1/groups/${SLUG}/categories`]: (call) => jsonResponse(201, { id: 9, slug: 'ateliers', ...call.body }),
    })
    const user = userEvent.setup()
    await renderWithApp(GroupCategoryAdmin, { route: `/groups/${SLUG}/admin`, props: { slug: SLUG } })

    const select = await screen.findByRole('combobox', { name: 'Niveau de départ pour « Publications »' })
    expect(select).toHaveValue('NORMAL')
    await user.selectOptions(select, 'WATCHING_FIRST_POST')
    await user.click(screen.getByRole('button', { name: 'Enregistrer Niveau de départ pour « Publications »' }))
    expect(await screen.findByText('« Publications » : les membres commencent désormais en « Premier message seulement ».')).toBeInTheDocument()
    expect(callsTo(`PUT /api/v1/groups/${SLUG}/categories/2/default-subscription`)[0].body).toEqual({ level: 'WATCHING_FIRST_POST' })

    await user.type(screen.getByRole('textbox', { name: 'Nom de la rubrique' }), "Ateliers d'entraide")
    await user.click(screen.getByRole('button', { name: 'Ajouter la rubrique' }))
    expect(await screen.findByText("Rubrique « Ateliers d'entraide » ajoutée.")).toBeInTheDocument()
    expect(callsTo(`POST /api/v1/groups/${SLUG}/categories`)[0].body).toEqual({ name: "Ateliers d'entraide" })
  })
})
