import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import AdminUsers from './AdminUsers.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

const account = (overrides) => ({
  id: 5, username: 'camille', displayName: 'Camille', email: 'camille@mediatheque.fr', siteRole: 'USER',
  suspended: false, emailVerified: true, createdAt: '2026-11-02T09:00:00Z', ...overrides,
})

describe('AdminUsers', () => {
  it('gives every account a status in words, ordinary ones included, and plain wording for the admin right', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me({ id: 1, siteRole: 'ADMIN' }))),
      'GET /api/v1/admin/users': {
        items: [account(), account({ id: 6, username: 'dom', displayName: 'Dominique', siteRole: 'ADMIN' }), account({ id: 7, username: 'zed', displayName: 'Zed', suspended: true })],
        nextCursor: null,
      },
    })
    await renderWithApp(AdminUsers)
    const table = await screen.findByRole('table', { name: 'Comptes du site' })
    const rows = within(table).getAllByRole('row').slice(1)
    const status = (row) => within(row).getAllByRole('cell')[1].textContent.trim()
    expect(status(rows[0])).toBe('Actif·ve')
    expect(status(rows[1])).toBe('Administrateur·rice')
    expect(status(rows[2])).toBe('Suspendu')
    expect(within(rows[0]).getByRole('button', { name: "Donner les droits d'administration du site camille" })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Comptes du site' })).toHaveAttribute('tabindex', '0')
  })
})
