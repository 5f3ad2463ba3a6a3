import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/vue'
import HomeEventItem from './HomeEventItem.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

const gt = { slug: 'gt', name: 'GT médiathèques tiers-lieux', description: '' }
const NOW = Date.parse('2026-12-08T13:30:00Z')
const meeting = {
  type: 'meeting', id: 3, group: gt, title: 'Réunion mensuelle', kind: 'REUNION', startsAt: '2026-12-08T13:00:00Z',
  endsAt: '2026-12-08T15:00:00Z', timezone: 'Europe/Paris', onlineUrl: 'https://visio.exemple.org/r', myResponse: null,
}

describe('HomeEventItem', () => {
  it('offers to join the visio while the meeting is under way, in a new window', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(HomeEventItem, { props: { event: meeting, now: NOW } })
    expect(screen.getByRole('heading', { level: 3, name: 'Réunion mensuelle' })).toBeInTheDocument()
    expect(screen.getByText(/mardi 8 décembre 2026/)).toBeInTheDocument()
    expect(screen.getByText('Pas encore répondu')).toBeInTheDocument()
    const join = screen.getByRole('link', { name: /Rejoindre la visio.*Réunion mensuelle.*nouvelle fenêtre/ })
    expect(join).toHaveAttribute('href', 'https://visio.exemple.org/r')
    expect(join).toHaveAttribute('target', '_blank')
  })

  it('shows no visio button once it is over, nor for a meeting without a link', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(HomeEventItem, { props: { event: meeting, now: Date.parse('2026-12-08T16:00:00Z') } })
    expect(screen.queryByRole('link', { name: /visio/i })).not.toBeInTheDocument()
  })
})
