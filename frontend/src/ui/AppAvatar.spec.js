import { render } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import AppAvatar from './AppAvatar.vue'

describe('AppAvatar', () => {
  it('shows the initials of the first and last names, hidden from screen readers', () => {
    const { container } = render(AppAvatar, { props: { name: 'Élodie de la Fontaine' } })
    const avatar = container.querySelector('.app-avatar')
    expect(avatar.textContent).toBe('ÉF')
    expect(avatar.getAttribute('aria-hidden')).toBe('true')
  })

  it('gives the same person the same colour and a single name two letters', () => {
    const first = render(AppAvatar, { props: { name: 'Camille' } }).container.querySelector('.app-avatar')
    const again = render(AppAvatar, { props: { name: 'Camille' } }).container.querySelector('.app-avatar')
    expect(first.textContent).toBe('CA')
    expect(first.getAttribute('style')).toBe(again.getAttribute('style'))
  })
})
