import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import App from './App.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { AS, groupView } from '@/features/groups/group.fixtures'

// Seen signed out, or with an address not verified yet: the server lets neither join.
const groups = { items: [groupView({ id: 1, description: 'Le GT', memberCount: 1, ...AS.visitor })], nextCursor: 'next-page' }

describe('App shell', () => {
  it('has landmarks, a skip link, and the signed-out navigation', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'GET /api/v1/groups': groups })
    await renderWithApp(App, { route: '/' })

    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#main')
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' })
    expect(within(nav).getByRole('link', { name: 'Se connecter' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: "S'inscrire" })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'GT médiathèques tiers-lieux' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Charger plus' })).toBeInTheDocument()
  })

  it('shows Profil, Administration and the e-mail banner to an unverified admin', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me({ siteRole: 'ADMIN', emailVerified: false }))),
      'GET /api/v1/groups': groups,
      'POST /api/v1/auth/resend-verification': jsonResponse(202, {}),
    })
    await renderWithApp(App, { route: '/' })
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' })
    expect(within(nav).getByRole('link', { name: 'Profil' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Administration' })).toBeInTheDocument()
    expect(within(nav).getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument()
    expect(screen.getByText('Vérifiez votre adresse e-mail')).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'GT médiathèques tiers-lieux' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Rejoindre/ })).not.toBeInTheDocument()

    await userEvent.setup().click(screen.getByRole('button', { name: 'Renvoyer le lien' }))
    expect(await screen.findByText('Un nouveau lien vient de vous être envoyé.')).toBeInTheDocument()
  })

  it('switches language, remembers it and updates <html lang>', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'GET /api/v1/groups': groups })
    await renderWithApp(App, { route: '/' })
    expect(document.documentElement.lang).toBe('fr')

    await userEvent.setup().selectOptions(screen.getByLabelText("Langue de l'interface"), 'en')

    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('entraide.locale')).toBe('en')
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Groups' })).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Groups · Entraide'))
  })

  it('on navigation, updates the title and moves focus to the new h1', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'GET /api/v1/groups': groups })
    const { router } = await renderWithApp(App, { route: '/' })
    await router.push('/login')
    await waitFor(() => expect(document.activeElement.tagName).toBe('H1'))
    expect(document.activeElement).toHaveTextContent('Se connecter')
    expect(document.title).toBe('Se connecter · Entraide')
  })
})
