import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import PlaceView from './PlaceView.vue'
import VisitAnswerView from './VisitAnswerView.vue'
import MyVisitRequestsView from './MyVisitRequestsView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'
import { placeView } from '@/features/places/fixtures'

vi.mock('@/features/places/components/PlaceMap.vue', () => ({ __esModule: true, default: { name: 'PlaceMap', render: () => null } }))

const member = me({ groups: [{ slug: 'reseau-44', name: 'Réseau 44', role: 'MEMBER', status: 'ACTIVE' }] })
const request = (overrides = {}) => ({
  id: 5, placeId: 12, placeName: 'Médiathèque du Val', requester: { id: 1, displayName: 'Camille' },
  group: { slug: 'reseau-44', name: 'Réseau 44', description: '' }, kind: 'VISIT', wishedDates: ['2027-03-12'], groupSize: 6,
  message: 'Nous aimerions voir votre fablab.', status: 'PENDING', answerMessage: null, meetingId: null, referentEmail: null,
  createdAt: '2026-12-01T10:00:00Z', answeredAt: null, ...overrides,
})

describe('visits', () => {
  it('a member asks to visit a place, for one of their groups', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(member)),
      'GET /api/v1/places/12': placeView({ can: { requestVisit: true, seeHistory: true } }),
      'POST /api/v1/places/12/visit-requests': jsonResponse(201, request()),
    })
    await renderWithApp(PlaceView, { route: '/places/12', props: { id: '12' } })
    expect(await screen.findByRole('heading', { level: 2, name: 'Demander une visite' })).toBeInTheDocument()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Date 1'), '2027-03-12')
    await user.type(screen.getByLabelText(/^Message au ou à la référente/), 'Nous aimerions voir votre fablab.')
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))
    expect(await screen.findByText(/Demande envoyée/)).toBeInTheDocument()
    expect(callsTo('POST /api/v1/places/12/visit-requests')[0].body).toEqual({
      kind: 'VISIT', wishedDates: ['2027-03-12'], groupSize: 6, message: 'Nous aimerions voir votre fablab.', group: 'reseau-44',
    })
  })

  it('the referent accepts from the mailed link, choosing a date on Paris time', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(401, {}),
      'GET /api/v1/visit-requests/secret-1': request(),
      'POST /api/v1/visit-requests/secret-1/accept': request({ status: 'ACCEPTED', meetingId: 9 }),
    })
    await renderWithApp(VisitAnswerView, { route: '/visit-requests/answer?token=secret-1' })
    expect(await screen.findByText('Camille aimerait visiter « Médiathèque du Val » avec un groupe de 6 personne(s).')).toBeInTheDocument()
    expect(screen.getByText('vendredi 12 mars 2027')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Date'), '2027-03-12')
    await user.click(screen.getByRole('button', { name: 'Accepter et fixer la date' }))
    expect(await screen.findByText(/La visite est inscrite à l'agenda du groupe/)).toBeInTheDocument()
    expect(callsTo('POST /api/v1/visit-requests/secret-1/accept')[0].body).toEqual({ startsAt: '2027-03-12T08:00:00.000Z', endsAt: '2027-03-12T11:00:00.000Z' })
  })

  it('the referent declines with a word', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(401, {}),
      'GET /api/v1/visit-requests/secret-2': request({ kind: 'TESTIMONY' }),
      'POST /api/v1/visit-requests/secret-2/decline': request({ status: 'DECLINED' }),
    })
    await renderWithApp(VisitAnswerView, { route: '/visit-requests/answer?token=secret-2' })
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText(/^Un mot pour expliquer/), "Pas avant l'été")
    await user.click(screen.getByRole('button', { name: 'Décliner la demande' }))
    expect(await screen.findByText('Votre réponse a été transmise.')).toBeInTheDocument()
    expect(callsTo('POST /api/v1/visit-requests/secret-2/decline')[0].body).toEqual({ message: "Pas avant l'été" })
  })

  it('lists my requests, with the learning trip and the referent contact once accepted', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(member)),
      'GET /api/v1/me/visit-requests': { items: [request({ status: 'ACCEPTED', meetingId: 9, referentEmail: 'claire@mediatheque.test' })], nextCursor: null },
    })
    await renderWithApp(MyVisitRequestsView, { route: '/me/visit-requests' })
    expect(await screen.findByText('Acceptée')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Voir le voyage apprenant' })).toHaveAttribute('href', '/groups/reseau-44/meetings/9')
    expect(screen.getByRole('link', { name: 'claire@mediatheque.test' })).toHaveAttribute('href', 'mailto:claire@mediatheque.test')
  })
})
