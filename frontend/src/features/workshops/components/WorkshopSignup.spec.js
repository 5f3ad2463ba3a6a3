import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import WorkshopSignup from './WorkshopSignup.vue'
import WorkshopsView from '@/features/workshops/views/WorkshopsView.vue'
import { registrationState } from '@/features/workshops/registrationState'
import { workshop } from '@/features/workshops/workshop.fixtures'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { SLUG, groupView } from '@/features/groups/group.fixtures'

const group = groupView()
/** What the server lets a member do once signed up (confirmed or waitlisted), while the workshop is open. */
const signedUp = { withdraw: true, follow: true }

const signedIn = (routes = {}) =>
  mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me())), [`GET /api/v1/groups/${SLUG}`]: group, ...routes })

describe('registration state', () => {
  it('says confirmed, waitlisted with the rank, or not registered — and never "confirmé" once cancelled', async () => {
    signedIn()
    const { rerender } = await renderWithApp(WorkshopSignup, { props: { workshop: workshop({ myRegistration: { status: 'CONFIRMED', position: null }, can: signedUp }) } })
    expect(screen.getByText('Inscrit·e — confirmé·e')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Se désinscrire' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: "S'inscrire" })).not.toBeInTheDocument()

    await rerender({ workshop: workshop({ status: 'FULL', seatsLeft: 0, myRegistration: { status: 'WAITLISTED', position: 2 }, can: signedUp }) })
    expect(screen.getByText("Liste d'attente — position 2")).toBeInTheDocument()
    expect(screen.queryByText(/confirmé/)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Se désinscrire' })).toBeInTheDocument()

    await rerender({ workshop: workshop() })
    expect(screen.getByText('Pas inscrit·e')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: "S'inscrire" })).toBeInTheDocument()

    await rerender({ workshop: workshop({ status: 'FULL', seatsLeft: 0 }) })
    expect(screen.getByText("Complet : en vous inscrivant, vous rejoignez la liste d'attente.")).toBeInTheDocument()

    await rerender({ workshop: workshop({ status: 'CANCELLED', myRegistration: { status: 'CONFIRMED', position: null }, can: { follow: true } }) })
    expect(screen.getByText('Atelier annulé — plus aucune inscription')).toBeInTheDocument()
    expect(screen.queryByText(/confirmé/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('maps every case to one message (a past waitlist is not a seat either)', () => {
    expect(registrationState(workshop({ status: 'CLOSED', myRegistration: { status: 'WAITLISTED', position: 1 } })).key).toBe('workshops.registration.pastWaitlisted')
    expect(registrationState(workshop({ status: 'CANCELLED', myRegistration: { status: 'WAITLISTED', position: 1 } })).key).toBe('workshops.registration.cancelledWorkshop')
    expect(registrationState(workshop({ myRegistration: { status: 'WAITLISTED', position: 3 } })).params).toEqual({ position: 3 })
  })

  it('invites signed-out visitors to sign in instead of offering the button', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(WorkshopSignup, { props: { workshop: workshop({ can: {} }) } })
    expect(screen.getByText('Connectez-vous pour vous inscrire.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: "S'inscrire" })).not.toBeInTheDocument()
  })

  it('tells a signed-in person the server does not let sign up that the group comes first', async () => {
    signedIn()
    await renderWithApp(WorkshopSignup, { props: { workshop: workshop({ can: {} }) } })
    expect(screen.getByText('Rejoignez le groupe pour vous inscrire aux ateliers.')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('withdrawing', () => {
  it('asks before leaving a full workshop, and leaving it does nothing when cancelled', async () => {
    const { callsTo } = signedIn({ 'DELETE /api/v1/workshops/7/registrations/me': new Response(null, { status: 204 }), 'GET /api/v1/workshops/7': problem(500) })
    const user = userEvent.setup()
    await renderWithApp(WorkshopSignup, {
      props: { workshop: workshop({ status: 'FULL', seatsLeft: 0, confirmedCount: 6, waitlistCount: 2, myRegistration: { status: 'CONFIRMED', position: null }, can: signedUp }) },
    })
    await user.click(screen.getByRole('button', { name: 'Se désinscrire' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Laisser votre place ?' })
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(callsTo('DELETE /api/v1/workshops/7/registrations/me')).toHaveLength(0)
    expect(screen.getByText('Inscrit·e — confirmé·e')).toBeInTheDocument()
  })

  it('does not ask when the workshop still has seats, or from the waitlist', async () => {
    const { callsTo } = signedIn({ 'DELETE /api/v1/workshops/7/registrations/me': new Response(null, { status: 204 }), 'GET /api/v1/workshops/7': problem(500) })
    const user = userEvent.setup()
    await renderWithApp(WorkshopSignup, {
      props: { workshop: workshop({ status: 'FULL', seatsLeft: 0, waitlistCount: 2, myRegistration: { status: 'WAITLISTED', position: 1 }, can: signedUp }) },
    })
    await user.click(screen.getByRole('button', { name: 'Se désinscrire' }))
    expect(await screen.findByText('Vous êtes désinscrit·e.')).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(callsTo('DELETE /api/v1/workshops/7/registrations/me')).toHaveLength(1)
  })
})

describe('signing up and withdrawing from the list', () => {
  it('calls the API and shows the new state in the card (confirmed, then withdrawn)', async () => {
    let current = workshop({ seatsLeft: 1, confirmedCount: 5 })
    const { callsTo } = signedIn({
      [`GET /api/v1/groups/${SLUG}/workshops`]: () => jsonResponse(200, { items: [current], nextCursor: null }),
      'GET /api/v1/workshops/7': () => jsonResponse(200, current),
      'POST /api/v1/workshops/7/registrations': () => {
        current = { ...current, myRegistration: { status: 'CONFIRMED', position: null }, confirmedCount: 6, seatsLeft: 0, status: 'FULL', can: signedUp }
        return jsonResponse(201, { status: 'CONFIRMED', position: null })
      },
      'DELETE /api/v1/workshops/7/registrations/me': () => {
        current = { ...current, myRegistration: null, confirmedCount: 5, seatsLeft: 1, status: 'OPEN', can: workshop().can }
        return new Response(null, { status: 204 })
      },
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopsView, { route: `/groups/${SLUG}/workshops`, props: { slug: SLUG } })

    const list = await screen.findByRole('list', { name: 'Ateliers' })
    const card = within(list).getAllByRole('listitem')[0]
    expect(within(card).getByRole('link', { name: current.title })).toHaveAttribute('href', `/groups/${SLUG}/workshops/7`)
    expect(within(card).getByText('1 place libre sur 6')).toBeInTheDocument()
    expect(within(card).getByText('Animé par Angélique')).toBeInTheDocument()
    expect(within(card).getByText(/mardi 8 décembre 2026/)).toBeInTheDocument()
    expect(within(card).getByText(/14:00/)).toBeInTheDocument()
    expect(within(card).getByText('Pas inscrit·e')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Proposer un atelier' })).toHaveAttribute('href', `/groups/${SLUG}/workshops/new`)
    expect(screen.queryByRole('link', { name: 'Ouvrir des créneaux' })).not.toBeInTheDocument()

    await user.click(within(card).getByRole('button', { name: `S'inscrire : ${current.title}` }))
    expect(await within(card).findByText('Inscrit·e — confirmé·e')).toBeInTheDocument()
    expect(within(card).getByRole('status')).toHaveTextContent('C\'est fait : votre place est confirmée.')
    await waitFor(() => expect(within(card).getByText('Complet')).toBeInTheDocument())
    expect(within(card).getByRole('button', { name: `Se désinscrire : ${current.title}` })).toHaveFocus()
    expect(callsTo('POST /api/v1/workshops/7/registrations')).toHaveLength(1)

    // Leaving a full workshop gives the seat to the waitlist for good: it asks first.
    await user.click(within(card).getByRole('button', { name: `Se désinscrire : ${current.title}` }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Laisser votre place ?' })
    expect(dialog).toHaveTextContent("votre place ira à la première personne de la liste d'attente")
    expect(callsTo('DELETE /api/v1/workshops/7/registrations/me')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Se désinscrire' }))
    expect(await within(card).findByText('Pas inscrit·e')).toBeInTheDocument()
    expect(within(card).getByRole('status')).toHaveTextContent('Vous êtes désinscrit·e.')
    expect(callsTo('DELETE /api/v1/workshops/7/registrations/me')).toHaveLength(1)
    await waitFor(() => expect(within(card).getByText('1 place libre sur 6')).toBeInTheDocument())
  })

  it('puts a late sign-up on the waiting list with its rank', async () => {
    const full = workshop({ status: 'FULL', seatsLeft: 0, confirmedCount: 6, waitlistCount: 1 })
    signedIn({
      [`GET /api/v1/groups/${SLUG}/workshops`]: { items: [full], nextCursor: null },
      'GET /api/v1/workshops/7': problem(500),
      'POST /api/v1/workshops/7/registrations': jsonResponse(201, { status: 'WAITLISTED', position: 2 }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopsView, { route: `/groups/${SLUG}/workshops`, props: { slug: SLUG } })
    await user.click(await screen.findByRole('button', { name: /^S'inscrire/ }))
    expect(await screen.findByText("Liste d'attente — position 2")).toBeInTheDocument()
    expect(screen.getByText("L'atelier est complet : vous êtes sur la liste d'attente, en position 2.")).toBeInTheDocument()
    expect(screen.queryByText(/confirmé/)).not.toBeInTheDocument()
  })

  it('explains a refusal (e.g. not a member) without changing the state', async () => {
    signedIn({
      [`GET /api/v1/groups/${SLUG}/workshops`]: { items: [workshop()], nextCursor: null },
      'POST /api/v1/workshops/7/registrations': problem(409, { detail: 'Vous êtes déjà inscrit·e à cet atelier.' }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopsView, { route: `/groups/${SLUG}/workshops`, props: { slug: SLUG } })
    await user.click(await screen.findByRole('button', { name: /^S'inscrire/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous êtes déjà inscrit·e à cet atelier.')
    expect(screen.getByText('Pas inscrit·e')).toBeInTheDocument()
  })
})
