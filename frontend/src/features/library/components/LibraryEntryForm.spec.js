import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { h } from 'vue'
import LibraryEntryForm from './LibraryEntryForm.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

vi.mock('@/features/files/api', () => ({
  filesApi: {
    upload: vi.fn(async (slug, file) => ({ id: 42, name: file.name, contentType: 'application/pdf', size: 1500, url: '/api/v1/files/42' })),
  },
}))

describe('LibraryEntryForm', () => {
  it('gives the API body, with the attached file and the lists split', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const submitted = []
    await renderWithApp({
      render: () => h(LibraryEntryForm, { groupSlug: 'gt-1', submitLabel: 'Ajouter', onSubmit: (body) => submitted.push(body) }),
    })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText(/^titre/i), 'Guide des tiers-lieux')
    await user.selectOptions(screen.getByLabelText(/^sorte/i), 'TOOLKIT')
    await user.type(screen.getByLabelText(/autrices et auteurs/i), 'Ada Lovelace, Collectif')
    await user.type(screen.getByLabelText(/^thèmes/i), 'médiation')
    await user.upload(document.querySelector('input[type="file"]'), new File(['%PDF'], 'guide.pdf', { type: 'application/pdf' }))
    expect(await screen.findByText(/fichier joint : guide\.pdf \(PDF, 1,5 ko\)/i)).toBeTruthy()
    await user.click(screen.getByLabelText(/en accès libre/i))
    await user.click(screen.getByRole('button', { name: 'Ajouter' }))
    expect(submitted).toEqual([
      expect.objectContaining({
        title: 'Guide des tiers-lieux',
        kind: 'TOOLKIT',
        authors: ['Ada Lovelace', 'Collectif'],
        themes: ['médiation'],
        fileId: 42,
        licence: 'CC_BY',
        openAccess: true,
      }),
    ])
  })
})
