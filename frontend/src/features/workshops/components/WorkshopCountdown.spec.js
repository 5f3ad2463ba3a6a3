import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/vue'
import { nextTick } from 'vue'
import WorkshopCountdown from './WorkshopCountdown.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

async function tick(ms) {
  vi.advanceTimersByTime(ms)
  await nextTick()
}

describe('WorkshopCountdown', () => {
  it('counts down every second to the end of the phase, then says the time is up and stops', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-12-08T13:00:00Z'))
    await renderWithApp(WorkshopCountdown, { props: { endsAt: '2026-12-08T13:02:05Z' } })

    const timer = screen.getByRole('timer')
    expect(timer).toHaveTextContent('02:05')
    expect(screen.getByText('Temps restant')).toBeInTheDocument()
    // A timer is not a live region: the ticks are not read out one by one.
    expect(timer).not.toHaveAttribute('aria-live', 'polite')

    await tick(1000)
    expect(screen.getByRole('timer')).toHaveTextContent('02:04')
    await tick(60_000)
    expect(screen.getByRole('timer')).toHaveTextContent('01:04')
    await tick(64_000)
    expect(screen.getByRole('timer')).toHaveTextContent('Temps écoulé')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('restarts when the phase gets a new end, and shows hours for long timers', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-12-08T13:00:00Z'))
    const { rerender } = await renderWithApp(WorkshopCountdown, { props: { endsAt: '2026-12-08T12:59:00Z' } })
    expect(screen.getByRole('timer')).toHaveTextContent('Temps écoulé')
    await rerender({ endsAt: '2026-12-08T14:30:00Z' })
    expect(screen.getByRole('timer')).toHaveTextContent('1:30:00')
    await tick(1000)
    expect(screen.getByRole('timer')).toHaveTextContent('1:29:59')
    await rerender({ endsAt: null })
    expect(screen.queryByRole('timer')).not.toBeInTheDocument()
  })
})
