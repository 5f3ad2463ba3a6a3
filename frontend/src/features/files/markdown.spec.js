import { describe, expect, it } from 'vitest'
import { formatSize, markdownFor, typeName } from './markdown'

describe('what the editor inserts for a file', () => {
  it('shows an image inline from its resized variant, with its alt text', () => {
    const image = { id: 3, name: 'affiche.png', contentType: 'image/png', size: 2048, url: '/api/v1/files/3', previewUrl: '/api/v1/files/3/large', width: 800, height: 600, alt: 'L’affiche [atelier]' }
    expect(markdownFor(image)).toBe('![L’affiche \\[atelier\\]](/api/v1/files/3/large)')
  })

  it('links any other file with its name, type and size', () => {
    const pdf = { id: 4, name: 'compte_rendu.pdf', contentType: 'application/pdf', size: 1_234_567, url: '/api/v1/files/4' }
    expect(markdownFor(pdf, 'fr')).toBe('[compte\\_rendu.pdf](/api/v1/files/4) (PDF, 1,2 Mo)')
    expect(markdownFor(pdf, 'en')).toBe('[compte\\_rendu.pdf](/api/v1/files/4) (PDF, 1.2 MB)')
  })

  it('names types and sizes for people', () => {
    expect(typeName('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('DOCX')
    expect(typeName('audio/mpeg')).toBe('MPEG')
    expect(formatSize(830, 'fr')).toBe('830 o')
    expect(formatSize(12_400, 'fr')).toBe('12 ko')
  })
})
