import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import MeetingMonthGrid from './MeetingMonthGrid.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'
import { SLUG, meetingView } from '@/features/meetings/fixtures'

describe('MeetingMonthGrid', () => {
  it('is a table with caption and weekday headers, and places meetings on their Paris day', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const late = meetingView({ id: 8, title: 'Apéro de fin de soirée', startsAt: '2026-11-20T23:30:00Z', endsAt: '2026-11-21T00:30:00Z' })
    const { container } = await renderWithApp(MeetingMonthGrid, {
      props: { month: { year: 2026, month: 11 }, meetings: [meetingView(), late], slug: SLUG, today: '2026-11-03' },
    })
    const table = screen.getByRole('table', { name: 'Les rencontres du groupe en novembre 2026' })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers).toHaveLength(7)
    expect(headers[0]).toHaveTextContent('lun.')
    expect(headers[6]).toHaveTextContent('dim.')

    // 12:00Z on 14 November is 13:00 in Paris, the same day.
    const saturday = container.querySelector('td[data-date="2026-11-14"]')
    const link = within(saturday).getByRole('link', { name: /13:00 Séance de retrouvailles/ })
    expect(link).toHaveAttribute('href', `/groups/${SLUG}/meetings/7`)
    // 23:30Z on 20 November is already 21 November, 00:30 in Paris.
    expect(within(container.querySelector('td[data-date="2026-11-21"]')).getByRole('link', { name: /00:30 Apéro/ })).toBeInTheDocument()
    expect(within(container.querySelector('td[data-date="2026-11-20"]')).queryByRole('link')).not.toBeInTheDocument()
    expect(within(container.querySelector('td[data-date="2026-11-03"]')).getByText('aujourd\'hui')).toBeInTheDocument()
    expect(within(saturday).getByText('samedi 14 novembre')).toBeInTheDocument()
  })

  it('moves to the previous and next months with buttons', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const user = userEvent.setup()
    const view = await renderWithApp(MeetingMonthGrid, { props: { month: { year: 2026, month: 1 }, meetings: [], slug: SLUG } })
    expect(screen.getByText('Aucune rencontre ce mois-ci.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Mois précédent' }))
    await user.click(screen.getByRole('button', { name: 'Mois suivant' }))
    expect(view.emitted('update:month')).toEqual([[{ year: 2025, month: 12 }], [{ year: 2026, month: 2 }]])
  })

  it('is a list of the busy days on a narrow screen, in date order', async () => {
    vi.stubGlobal('matchMedia', (query) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }))
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const late = meetingView({ id: 8, title: 'Apéro de fin de soirée', startsAt: '2026-11-20T23:30:00Z', endsAt: '2026-11-21T00:30:00Z' })
    await renderWithApp(MeetingMonthGrid, {
      props: { month: { year: 2026, month: 11 }, meetings: [late, meetingView()], slug: SLUG, today: '2026-11-14' },
    })
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    const list = screen.getByRole('region', { name: 'Les rencontres du groupe en novembre 2026' })
    const days = within(list).getAllByRole('listitem').filter((li) => li.classList.contains('month__list-day'))
    expect(days.map((d) => d.querySelector('.month__list-date').textContent.trim())).toEqual(["samedi 14 novembre · aujourd'hui", 'samedi 21 novembre'])
    expect(within(days[0]).getByRole('link', { name: /13:00 Séance de retrouvailles/ })).toHaveAttribute('href', `/groups/${SLUG}/meetings/7`)
  })
})
