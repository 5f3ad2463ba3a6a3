import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import AdminGroups from './AdminGroups.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, mockFetch, problem } from '@/test/http-mock'

const group = (overrides) => ({
  id: 3,
  slug: 'gt-secret',
  name: 'GT confidentiel',
  visibility: 'PRIVATE',
  joinPolicy: 'INVITE',
  memberCount: 7,
  coordinatorCount: 2,
  pendingCount: 1,
  createdAt: '2026-11-02T09:00:00Z',
  ...overrides,
})

describe('AdminGroups', () => {
  it('lists every group with its head counts, searches, and pages', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': problem(401),
      'GET /api/v1/admin/groups': (request) =>
        request.url.includes('cursor=c1')
          ? jsonResponse(200, { items: [group({ id: 4, slug: 'gt-ouvert', name: 'GT ouvert', visibility: 'PUBLIC' })], nextCursor: null })
          : request.url.includes('q=secret')
            ? jsonResponse(200, { items: [group()], nextCursor: null })
            : jsonResponse(200, { items: [group()], nextCursor: 'c1' }),
    })
    const user = userEvent.setup()
    await renderWithApp(AdminGroups)

    const table = await screen.findByRole('table', { name: 'Groupes du site' })
    const row = within(table).getByRole('row', { name: /GT confidentiel/ })
    expect(within(row).getByRole('link', { name: 'GT confidentiel' })).toHaveAttribute('href', '/groups/gt-secret')
    expect(within(row).getByText('Privé')).toBeInTheDocument()
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent.trim()).slice(1, 4)).toEqual(['7', '2', '1'])
    expect(screen.getByRole('region', { name: 'Groupes du site' })).toHaveAttribute('tabindex', '0')

    await user.click(screen.getByRole('button', { name: 'Charger plus' }))
    expect(await within(table).findByRole('link', { name: 'GT ouvert' })).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un groupe' }), 'secret')
    await user.click(screen.getByRole('button', { name: 'Rechercher' }))
    expect(callsTo('GET /api/v1/admin/groups').at(-1).url).toContain('q=secret')
  })
})
