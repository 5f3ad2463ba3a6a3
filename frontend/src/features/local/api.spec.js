import { describe, expect, it } from 'vitest'
import { textWithLinks } from './api'

describe('textWithLinks', () => {
  it('keeps text around links and the links themselves', () => {
    expect(textWithLinks('Bonjour,\nconfirmez : http://localhost:8080/verify-email?token=abc merci')).toEqual([
      { text: 'Bonjour,\nconfirmez : ' },
      { link: 'http://localhost:8080/verify-email?token=abc' },
      { text: ' merci' },
    ])
  })

  it('gives nothing for an empty text', () => {
    expect(textWithLinks('')).toEqual([])
    expect(textWithLinks(null)).toEqual([])
  })
})
