import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import AccessibilityView from './AccessibilityView.vue'
import App from '@/App.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

describe('AccessibilityView (déclaration d’accessibilité)', () => {
  it('states the RGAA status, how it was tested, what is not accessible, the contact and the remedy, with its date', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(AccessibilityView, { route: '/accessibilite' })
    expect(screen.getByRole('heading', { level: 1, name: "Déclaration d'accessibilité" })).toBeInTheDocument()
    const status = screen.getByRole('region', { name: 'État de conformité' })
    expect(within(status).getByText('partiellement conforme')).toBeInTheDocument()
    expect(status).toHaveTextContent('RGAA), version 4.1')
    expect(screen.getByRole('region', { name: 'Résultats des tests' })).toHaveTextContent(/axe-core.*1 280 pixels.*390 pixels/)
    expect(screen.getByRole('region', { name: 'Contenus non accessibles' })).toHaveTextContent('lecteurs d\'écran')
    expect(screen.getByRole('region', { name: 'Établissement de cette déclaration' })).toHaveTextContent('2 décembre 2026')
    const contact = screen.getByRole('region', { name: 'Signaler un défaut d’accessibilité'.replace('’', "'") })
    expect(within(contact).getByRole('link', { name: /^accessibilite@/ })).toHaveAttribute('href', expect.stringMatching(/^mailto:accessibilite@/))
    const remedy = screen.getByRole('region', { name: 'Voies de recours' })
    expect(within(remedy).getByRole('link', { name: 'formulaire en ligne' })).toHaveAttribute('href', 'https://formulaire.defenseurdesdroits.fr/')
    const address = remedy.querySelector('address')
    expect(address.querySelectorAll('br')).toHaveLength(2)
    for (const line of ['Défenseur des droits', 'Libre réponse 71120', '75342 Paris CEDEX 07']) expect(address).toHaveTextContent(line)
  })

  it('is in English too', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(AccessibilityView, { route: '/accessibilite', locale: 'en' })
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument()
    expect(screen.getByText('partially compliant')).toBeInTheDocument()
  })

  it('is linked from every page by the conformity mention in the footer', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401), 'GET /api/v1/groups': { items: [], nextCursor: null } })
    await renderWithApp(App, { route: '/' })
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: 'Accessibilité : partiellement conforme' })).toHaveAttribute('href', '/accessibilite')
  })
})
