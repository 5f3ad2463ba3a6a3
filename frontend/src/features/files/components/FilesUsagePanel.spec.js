import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { h } from 'vue'
import FilesUsagePanel from './FilesUsagePanel.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, mockFetch, problem } from '@/test/http-mock'

const file = (id, name) => ({
  id, name, contentType: 'application/pdf', size: 2_500_000, url: `/api/v1/files/${id}`, link: `/api/v1/files/${id}?exp=1&sig=x`,
  uploader: { id: 2, username: 'm', displayName: 'Mathilde' }, can: { delete: true },
})

describe('FilesUsagePanel', () => {
  it('shows what the files take and removes one after confirmation', async () => {
    let files = [file(1, 'rapport.pdf'), file(2, 'budget.pdf')]
    const api = mockFetch({
      'POST /api/v1/auth/refresh': problem(401),
      'GET /api/v1/groups/gt-1/files/usage': () => jsonResponse(200, { fileCount: files.length, totalBytes: files.length * 2_500_000, recent: files }),
      'DELETE /api/v1/files/1': () => {
        files = files.slice(1)
        return new Response(null, { status: 204 })
      },
    })
    await renderWithApp({ render: () => h(FilesUsagePanel, { slug: 'gt-1' }) })
    expect(await screen.findByText(/2 fichiers · Espace occupé : 5 Mo/)).toBeTruthy()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Retirer « rapport.pdf »' }))
    const dialog = await screen.findByRole('alertdialog')
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }))
    await waitFor(() => expect(screen.getByText(/1 fichier · Espace occupé : 2,5 Mo/)).toBeTruthy())
    expect(api.callsTo('DELETE /api/v1/files/1')).toHaveLength(1)
  })
})
