import { render, screen } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n/index'
import AppSeatGauge from './AppSeatGauge.vue'

const show = (props, locale = 'fr') => render(AppSeatGauge, { props, global: { plugins: [createAppI18n(locale)] } })

describe('AppSeatGauge', () => {
  it('says how many seats are free out of how many, in words', () => {
    show({ capacity: 6, left: 4 })
    expect(screen.getByText('4 places libres sur 6')).toBeInTheDocument()
  })

  it('agrees in number for the last seat', () => {
    show({ capacity: 6, left: 1 })
    expect(screen.getByText('1 place libre sur 6')).toBeInTheDocument()
  })

  it('reads "Complet" when no seat is left, with the waitlist when someone waits', () => {
    const { rerender } = show({ capacity: 6, left: 0 })
    expect(screen.getByText('Complet')).toBeInTheDocument()
    return rerender({ capacity: 6, left: 0, waiting: 3 }).then(() => {
      expect(screen.getByText('Complet · 3 en attente')).toBeInTheDocument()
    })
  })

  it('keeps the bar out of the accessibility tree: the words carry the meaning', () => {
    const { container } = show({ capacity: 6, left: 2 })
    const bar = container.querySelector('.app-seat-gauge__bar')
    expect(bar).toHaveAttribute('aria-hidden', 'true')
    expect(container.querySelector('.app-seat-gauge__fill').style.width).toBe('67%')
  })

  it('speaks English too', () => {
    show({ capacity: 6, left: 0, waiting: 1 }, 'en')
    expect(screen.getByText('Full · 1 waiting')).toBeInTheDocument()
  })
})
