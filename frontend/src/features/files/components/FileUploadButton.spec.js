import { beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { h } from 'vue'
import FileUploadButton from './FileUploadButton.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'
import { ApiError } from '@/lib/http'

vi.mock('@/features/files/api', () => ({ filesApi: { upload: vi.fn() } }))
const { filesApi } = await import('@/features/files/api')

async function renderButton() {
  mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
  const inserted = []
  await renderWithApp({ render: () => h(FileUploadButton, { groupSlug: 'gt-1', onInsert: (text) => inserted.push(text) }) })
  return { inserted, user: userEvent.setup() }
}

function fileInput() {
  return document.querySelector('input[type="file"]')
}

describe('FileUploadButton', () => {
  beforeEach(() => {
    filesApi.upload.mockReset()
  })

  it('uploads a document picked with the keyboard, shows progress, and inserts a link', async () => {
    let finish
    filesApi.upload.mockImplementation((slug, file, { onProgress }) => {
      onProgress(0.4)
      return new Promise((resolve) => (finish = () => resolve({ id: 9, name: file.name, contentType: 'application/pdf', size: 2000, url: '/api/v1/files/9' })))
    })
    const { inserted, user } = await renderButton()
    expect(screen.getByRole('button', { name: /joindre un fichier/i })).toBeTruthy()
    await user.upload(fileInput(), new File(['%PDF'], 'cr.pdf', { type: 'application/pdf' }))
    const progress = await screen.findByRole('progressbar', { name: /progression/i })
    expect(progress.getAttribute('value')).toBe('40')
    finish()
    await waitFor(() => expect(inserted).toEqual(['[cr.pdf](/api/v1/files/9) (PDF, 2 ko)']))
    expect(filesApi.upload).toHaveBeenCalledWith('gt-1', expect.any(File), expect.objectContaining({ alt: undefined }))
  })

  it('asks an image for its alt text before sending it', async () => {
    filesApi.upload.mockResolvedValue({ id: 3, name: 'a.png', contentType: 'image/png', size: 10, url: '/api/v1/files/3', previewUrl: '/api/v1/files/3/large', width: 10, height: 10, alt: 'Le plan' })
    const { inserted, user } = await renderButton()
    await user.upload(fileInput(), new File(['png'], 'a.png', { type: 'image/png' }))
    await user.click(await screen.findByRole('button', { name: /envoyer l'image/i }))
    expect(await screen.findByText(/décrivez l'image en quelques mots/i)).toBeTruthy()
    expect(filesApi.upload).not.toHaveBeenCalled()
    await user.type(screen.getByLabelText(/texte alternatif/i), 'Le plan')
    await user.click(screen.getByRole('button', { name: /envoyer l'image/i }))
    await waitFor(() => expect(inserted).toEqual(['![Le plan](/api/v1/files/3/large)']))
    expect(filesApi.upload).toHaveBeenCalledWith('gt-1', expect.any(File), expect.objectContaining({ alt: 'Le plan' }))
  })

  it('says why the server refused a file', async () => {
    filesApi.upload.mockRejectedValue(new ApiError({ status: 415, code: 'file.type-refused', detail: 'Ce type de fichier (image/svg+xml) n’est pas accepté.' }))
    const { inserted, user } = await renderButton()
    await user.upload(fileInput(), new File(['<svg/>'], 'logo.txt', { type: 'text/plain' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’est pas accepté/)
    expect(inserted).toEqual([])
  })
})
