import { render } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import AppDateTile from './AppDateTile.vue'

const i18n = createI18n({ legacy: false, locale: 'fr', messages: { fr: {} } })

describe('AppDateTile', () => {
  it('reads the day in the event’s own zone, not the browser’s', () => {
    // 23:30 UTC on 1 December is already 2 December in Paris and still 1 December in Guadeloupe
    const at = '2026-12-01T23:30:00Z'
    const paris = render(AppDateTile, { props: { at }, global: { plugins: [i18n] } }).container
    const guadeloupe = render(AppDateTile, { props: { at, timeZone: 'America/Guadeloupe' }, global: { plugins: [i18n] } }).container
    expect(paris.querySelector('.app-date-tile__day').textContent).toBe('2')
    expect(paris.querySelector('.app-date-tile__month').textContent).toBe('déc')
    expect(guadeloupe.querySelector('.app-date-tile__day').textContent).toBe('1')
  })
})
