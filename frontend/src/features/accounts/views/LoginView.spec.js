import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import LoginView from './LoginView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

describe('LoginView', () => {
  it('says the credentials are wrong on a 401', async () => {
    mockFetch({ 'POST /api/v1/auth/login': problem(401, { title: 'Unauthorized' }) })
    await renderWithApp(LoginView, { route: '/login' })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'camille@mediatheque.fr')
    await user.type(screen.getByLabelText('Mot de passe'), 'mauvais-mot-de-passe')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.')
  })

  it('tells how long to wait on a 429', async () => {
    mockFetch({ 'POST /api/v1/auth/login': problem(429, { title: 'Too Many Requests', headers: { 'Retry-After': '60' } }) })
    await renderWithApp(LoginView, { route: '/login' })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'camille@mediatheque.fr')
    await user.type(screen.getByLabelText('Mot de passe'), 'mauvais-mot-de-passe')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez dans 60 secondes')
  })

  it('signs in and goes back to the redirect target', async () => {
    mockFetch({ 'POST /api/v1/auth/login': jsonResponse(200, session(me())) })
    const { router } = await renderWithApp(LoginView, { route: '/login?redirect=/profile' })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'camille@mediatheque.fr')
    await user.type(screen.getByLabelText('Mot de passe'), 'un-long-mot-de-passe')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))

    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/profile'))
  })

  it('ignores a redirect to another site', async () => {
    mockFetch({ 'POST /api/v1/auth/login': jsonResponse(200, session(me())) })
    const { router } = await renderWithApp(LoginView, { route: '/login?redirect=//evil.example/x' })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'camille@mediatheque.fr')
    await user.type(screen.getByLabelText('Mot de passe'), 'un-long-mot-de-passe')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))

    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/mon-espace'))
  })
})
