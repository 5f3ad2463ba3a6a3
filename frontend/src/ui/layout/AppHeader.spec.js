import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import AppHeader from './AppHeader.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

/** A window as wide as `px`: the header reads `(min-width: 48rem)` (768 px). */
function viewport(px) {
  vi.stubGlobal('matchMedia', (query) => ({
    matches: px >= 768,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

describe('AppHeader', () => {
  it('names the wordmark link and shows the navigation without a menu button on a wide screen', async () => {
    viewport(1280)
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(AppHeader)
    expect(screen.getByRole('link', { name: 'Entraide, accueil' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeVisible()
  })

  it('folds the navigation behind a Menu disclosure on a phone, opened and closed by keyboard', async () => {
    viewport(390)
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const { router } = await renderWithApp(AppHeader)
    const user = userEvent.setup()
    const menu = screen.getByRole('button', { name: 'Menu' })
    await waitFor(() => expect(menu).toHaveAttribute('aria-expanded', 'false'))
    const region = document.getElementById(menu.getAttribute('aria-controls'))
    await waitFor(() => expect(region).toHaveAttribute('hidden'))
    expect(region).not.toBeVisible()

    menu.focus()
    await user.keyboard('{Enter}')
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    expect(region).toBeVisible()
    const login = screen.getByRole('link', { name: 'Se connecter' })

    // Escape from inside the region closes it and gives focus back to the button.
    login.focus()
    await user.keyboard('{Escape}')
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(menu).toHaveFocus()

    // Following a link from the open menu folds it again.
    await user.click(menu)
    await user.click(screen.getByRole('link', { name: 'Se connecter' }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    await waitFor(() => expect(menu).toHaveAttribute('aria-expanded', 'false'))
  })
})
