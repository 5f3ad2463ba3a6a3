import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import RegisterView from './RegisterView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { useAuthStore } from '@/stores/auth'

async function fill(user, { email = 'camille@mediatheque.fr', username = 'camille', password = 'un-long-mot-de-passe' } = {}) {
  await user.type(screen.getByLabelText('Adresse e-mail'), email)
  await user.type(screen.getByLabelText("Nom d'utilisateur"), username)
  await user.type(screen.getByLabelText(/Nom affiché/), 'Camille de Lodève')
  await user.type(screen.getByLabelText('Mot de passe'), password)
}

describe('RegisterView', () => {
  it("shows the server's field error next to the field, wired with aria-invalid and aria-describedby", async () => {
    const { calls } = mockFetch({
      'POST /api/v1/auth/register': problem(409, {
        type: 'https://entraide.example/problems/conflict',
        title: 'Conflict',
        detail: 'Username taken',
        errors: [{ field: 'username', message: "Ce nom d'utilisateur est déjà pris." }],
      }),
    })
    await renderWithApp(RegisterView, { route: '/register' })
    const user = userEvent.setup()
    await fill(user)

    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }))

    const username = await screen.findByLabelText("Nom d'utilisateur")
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'))
    // The focus lands on the field to fix.
    await waitFor(() => expect(username).toHaveFocus())
    const describedBy = username.getAttribute('aria-describedby').split(' ')
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent)
    expect(messages).toContain("Ce nom d'utilisateur est déjà pris.")
    expect(screen.getByLabelText('Adresse e-mail')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('alert')).toHaveTextContent('Un compte existe déjà avec ces informations.')

    const sent = calls.find((c) => c.path === '/api/v1/auth/register').body
    expect(sent).toEqual({
      email: 'camille@mediatheque.fr',
      username: 'camille',
      password: 'un-long-mot-de-passe',
      displayName: 'Camille de Lodève',
      locale: 'fr',
    })
  })

  it('checks the rules before calling the server', async () => {
    const { calls } = mockFetch({})
    await renderWithApp(RegisterView, { route: '/register' })
    const user = userEvent.setup()
    await fill(user, { username: 'a!', password: 'court' })

    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }))

    expect(screen.getByLabelText("Nom d'utilisateur")).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('aria-invalid', 'true')
    // The first of them takes the focus.
    await waitFor(() => expect(screen.getByLabelText("Nom d'utilisateur")).toHaveFocus())
    expect(screen.getByText('Le mot de passe doit compter au moins 10 caractères.')).toBeTruthy()
    expect(calls.filter((c) => c.path === '/api/v1/auth/register')).toHaveLength(0)
  })

  it('creates the account, signs in and follows ?redirect=', async () => {
    mockFetch({
      'POST /api/v1/auth/register': jsonResponse(201, me({ emailVerified: false })),
      'POST /api/v1/auth/login': jsonResponse(200, session(me({ emailVerified: false }))),
    })
    const { router } = await renderWithApp(RegisterView, { route: '/register?redirect=/invitations%3Ftoken%3Dabc' })
    const user = userEvent.setup()
    await fill(user)

    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }))

    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/invitations?token=abc'))
    expect(useAuthStore().isAuthenticated).toBe(true)
  })
})
