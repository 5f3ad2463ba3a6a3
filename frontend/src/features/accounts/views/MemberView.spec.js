import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/vue'
import MemberView from './MemberView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

describe('MemberView', () => {
  it('shows the member an @mention leads to: name, @username, since when, bio', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/users/5': { id: 5, username: 'Audrey_Beucher', displayName: 'Audrey Beucher', bio: 'Médiathèque de Lodève', joinedAt: '2026-01-15T10:00:00Z' },
    })
    await renderWithApp(MemberView, { route: '/members/5', props: { id: '5' } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Audrey Beucher' })).toBeInTheDocument()
    expect(screen.getByText('@Audrey_Beucher')).toBeInTheDocument()
    expect(screen.getByText('Membre depuis le 15 janvier 2026')).toBeInTheDocument()
    expect(screen.getByText('Médiathèque de Lodève')).toBeInTheDocument()
  })

  it('says so when the member is gone', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me())), 'GET /api/v1/users/9': problem(404) })
    await renderWithApp(MemberView, { route: '/members/9', props: { id: '9' } })
    expect(await screen.findByText("Ce membre n'existe pas ou a quitté Entraide.")).toBeInTheDocument()
  })
})
