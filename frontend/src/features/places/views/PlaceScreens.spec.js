import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import PlacesView from './PlacesView.vue'
import PlaceView from './PlaceView.vue'
import PlaceEditView from './PlaceEditView.vue'
import OpenDataView from './OpenDataView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'
import { placeSummary, placeView } from '@/features/places/fixtures'

// Leaflet needs a real layout engine: the screens are tested with the list, the map is tested in the journey.
vi.mock('@/features/places/components/PlaceMap.vue', () => ({
  __esModule: true,
  default: { name: 'PlaceMap', props: { places: Array, selectedId: Number, label: String, pickable: Boolean, picked: Object }, emits: ['pick', 'select'], template: '<div role="region" :aria-label="label" :data-selected="selectedId"><button v-if="pickable" type="button" @click="$emit(\'pick\', { latitude: 47.2, longitude: -1.55 })">pick</button></div>' },
}))

function api(routes = {}) {
  return mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(401, {}), ...routes })
}

describe('places screens', () => {
  it('lists places, filters them through the address bar, and shows a place on the map from the list', async () => {
    const { callsTo } = api({
      'GET /api/v1/places': { items: [placeSummary(), placeSummary({ id: 13, name: 'Tiers-lieu du Port', kind: 'TIERS_LIEU', visitsWelcome: false, testimonyWelcome: true })], nextCursor: null },
    })
    const { router } = await renderWithApp(PlacesView, { route: '/places' })
    expect(await screen.findByRole('link', { name: 'Médiathèque du Val' })).toHaveAttribute('href', '/places/12')
    expect(screen.getByRole('heading', { level: 2, name: '2 lieux' })).toBeInTheDocument()
    const port = screen.getByRole('link', { name: 'Tiers-lieu du Port' }).closest('li')
    expect(within(port).getByText('Peut témoigner')).toBeInTheDocument()

    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Département'), '2A')
    await user.selectOptions(screen.getByLabelText('Type de lieu'), 'MEDIATHEQUE_TIERS_LIEU')
    await user.click(screen.getByLabelText('Accueille des visites'))
    await user.click(screen.getByRole('button', { name: 'Filtrer' }))
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ department: '2A', kind: 'MEDIATHEQUE_TIERS_LIEU', visitsWelcome: 'true' }))
    await vi.waitFor(() => expect(callsTo('GET /api/v1/places').at(-1).url).toContain('department=2A'))
    expect(callsTo('GET /api/v1/places').at(-1).url).toContain('visitsWelcome=true')

    await user.click(screen.getByRole('button', { name: 'Voir Tiers-lieu du Port sur la carte' }))
    expect(await screen.findByRole('region', { name: 'Carte des lieux de la liste' })).toHaveAttribute('data-selected', '13')
  })

  it('a visitor sees the sheet without the referent, and is told to sign in', async () => {
    api({ 'GET /api/v1/places/12': placeView() })
    await renderWithApp(PlaceView, { route: '/places/12', props: { id: '12' } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Médiathèque du Val' })).toBeInTheDocument()
    expect(screen.getByText('Département 2A, Corse')).toBeInTheDocument()
    expect(screen.getByText('Connectez-vous pour voir qui est le ou la référente.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: "Ce qui n'a pas marché" })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Modifier' })).not.toBeInTheDocument()
  })

  it('shows the referent and the edit link when the server says so, and the history on demand', async () => {
    api({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/places/12': placeView({ referent: { name: 'Claire Dupont', role: 'Directrice' }, can: { edit: true, delete: true, seeHistory: true } }),
      'GET /api/v1/places/12/history': { items: [{ id: 1, action: 'UPDATED', fields: ['name', 'openingHours'], author: { id: 1, displayName: 'Camille' }, changedAt: '2026-11-20T10:00:00Z' }], nextCursor: null },
    })
    await renderWithApp(PlaceView, { route: '/places/12', props: { id: '12' } })
    expect(await screen.findByText('Claire Dupont — Directrice')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Modifier' })).toHaveAttribute('href', '/places/12/edit')
    await userEvent.setup().click(screen.getByRole('button', { name: "Voir l'historique" }))
    expect(await screen.findByText(/Camille a modifié\s*: Nom, Horaires/)).toBeInTheDocument()
  })

  it('adds a place with coordinates picked on the map, and shows the server refusal next to its field', async () => {
    let attempt = 0
    const { callsTo } = api({
      'POST /api/v1/places': () => (++attempt === 1
        ? problem(400, { title: 'Invalid', errors: [{ field: 'openingHours', message: 'Ces horaires ne suivent pas le format opening_hours' }] })
        : jsonResponse(201, placeView({ id: 44 }))),
      'GET /api/v1/places/44': placeView({ id: 44 }),
    })
    const { router } = await renderWithApp(PlaceEditView, { route: '/places/new' })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Nom'), 'La Canopée')
    await user.type(screen.getByLabelText(/^Code postal/), '44000')
    await user.type(screen.getByLabelText(/^Horaires/), 'lundi')
    await user.click(screen.getByRole('button', { name: 'pick' }))
    expect(screen.getByLabelText(/^Latitude/)).toHaveValue(47.2)
    await user.type(screen.getByLabelText(/^E-mail du ou de la référente/), 'ref@exemple.test')
    await user.click(screen.getByRole('button', { name: 'Ajouter le lieu' }))
    expect(await screen.findByText('Ces horaires ne suivent pas le format opening_hours')).toBeInTheDocument()
    const sent = callsTo('POST /api/v1/places')[0].body
    expect(sent).toMatchObject({ name: 'La Canopée', postcode: '44000', latitude: 47.2, longitude: -1.55, referent: { email: 'ref@exemple.test' } })

    await user.clear(screen.getByLabelText(/^Horaires/))
    await user.click(screen.getByRole('button', { name: 'Ajouter le lieu' }))
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/places/44'))
  })

  it('checks coordinates before sending', async () => {
    const { callsTo } = api({})
    await renderWithApp(PlaceEditView, { route: '/places/new' })
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Nom'), 'Lieu')
    await user.type(screen.getByLabelText(/^Latitude/), '200')
    await user.type(screen.getByLabelText(/^Longitude/), '2')
    await user.click(screen.getByRole('button', { name: 'Ajouter le lieu' }))
    expect(await screen.findByText('La latitude est comprise entre -90 et 90.')).toBeInTheDocument()
    expect(callsTo('POST /api/v1/places')).toHaveLength(0)
  })

  it('the open data page links the three files with the licence', async () => {
    api({})
    await renderWithApp(OpenDataView, { route: '/places/open-data' })
    expect(screen.getByRole('link', { name: 'Télécharger places.geojson' })).toHaveAttribute('href', '/api/v1/places.geojson')
    expect(screen.getByRole('link', { name: 'Télécharger places.csv' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Télécharger places.gogocarto.json' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Licence Ouverte/ })).toBeInTheDocument()
  })
})
