import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import SearchView from './SearchView.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

const results = {
  items: [
    {
      type: 'thread',
      id: 12,
      threadId: 12,
      title: 'Notons ici les avancées du groupe',
      excerpt: 'les <mark>médiathèques</mark> tiers-lieux<img src=x onerror="alert(1)"><b>!</b>',
      url: '/threads/12',
      group: { slug: 'mediatheques-tiers-lieux', name: 'GT médiathèques tiers-lieux' },
      createdAt: '2023-06-20T18:00:00Z',
    },
    {
      type: 'post',
      id: 40,
      threadId: 12,
      title: 'Notons ici les avancées du groupe',
      excerpt: 'intégration des <mark>médiathèques</mark> dans la carte',
      url: '/threads/12#post-40',
      group: { slug: 'mediatheques-tiers-lieux', name: 'GT médiathèques tiers-lieux' },
      createdAt: '2023-10-02T08:00:00Z',
    },
  ],
}

describe('SearchView', () => {
  it('searches from the query string and shows typed results with their highlighted excerpt', async () => {
    const { calls } = mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'GET /api/v1/search': results })
    await renderWithApp(SearchView, { route: '/search?q=mediatheque&group=mediatheques-tiers-lieux' })

    expect(screen.getByRole('heading', { level: 1, name: 'Recherche' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Rechercher dans le forum' })).toHaveValue('mediatheque')
    expect(await screen.findByRole('heading', { name: '2 résultats pour « mediatheque »' })).toBeInTheDocument()
    expect(calls.find((c) => c.path === '/api/v1/search').url).toBe('/api/v1/search?q=mediatheque&group=mediatheques-tiers-lieux&limit=30')

    const [first, second] = screen.getAllByRole('listitem')
    expect(within(first).getByText('Discussion')).toBeInTheDocument()
    expect(within(first).getByRole('link', { name: 'Notons ici les avancées du groupe' })).toHaveAttribute('href', '/threads/12')
    expect(within(second).getByText('Message')).toBeInTheDocument()
    expect(within(second).getByRole('link')).toHaveAttribute('href', '/threads/12#post-40')
    expect(first.querySelector('mark')).toHaveTextContent('médiathèques')
    expect(first.querySelector('img, b')).toBeNull()
    expect(screen.getByText('Dans le groupe « GT médiathèques tiers-lieux ».')).toBeInTheDocument()
  })

  it('says when nothing matches, and a new search updates the address', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'GET /api/v1/search': { items: [] } })
    const user = userEvent.setup()
    const { router } = await renderWithApp(SearchView, { route: '/search?q=zzz' })
    expect(await screen.findByText('Aucun résultat pour « zzz ».')).toBeInTheDocument()

    const box = screen.getByRole('searchbox', { name: 'Rechercher dans le forum' })
    await user.clear(box)
    await user.type(box, 'voyage apprenant{Enter}')
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/search?q=voyage+apprenant'))
  })
})
