import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import PlaceImportView from './PlaceImportView.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

const SLUG = 'reseau-44'
const group = (can) => ({ id: 1, slug: SLUG, name: 'Réseau 44', description: '', visibility: 'PUBLIC', joinPolicy: 'OPEN', memberCount: 3, can })
const progress = (overrides = {}) => ({
  id: 7, group: { slug: SLUG, name: 'Réseau 44', description: '' }, source: 'lieux', fileName: 'lieux.csv', encoding: 'windows-1252', separator: ';',
  status: 'RUNNING', total: 3, done: 1, created: 1, updated: 0, unchanged: 0, skipped: [], warnings: [], createdAt: '2026-12-01T10:00:00Z', finishedAt: null, ...overrides,
})

describe('place import', () => {
  it('previews the mapping, imports with a progress bar, and reports the skipped lines', async () => {
    let polls = 0
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      [`GET /api/v1/groups/${SLUG}`]: group({ coordinate: true, takePart: true }),
      [`POST /api/v1/groups/${SLUG}/places/import/preview`]: {
        encoding: 'windows-1252', separator: ';', total: 3,
        columns: [{ name: 'nom', field: 'name', personal: false }, { name: 'mail', field: null, personal: true }],
        sample: [{ line: 2, name: 'Lieu correct', postcode: '35000', city: 'Rennes', latitude: 48.1, longitude: -1.6, skipped: null }],
      },
      [`POST /api/v1/groups/${SLUG}/places/import`]: jsonResponse(202, progress({ status: 'QUEUED', done: 0, created: 0 })),
      'GET /api/v1/imports/7': () => (++polls < 2 ? jsonResponse(200, progress()) : jsonResponse(200, progress({
        status: 'DONE', done: 3, created: 2, skipped: [{ line: 3, code: 'import.no-name', reason: 'Pas de nom.', detail: null }],
      }))),
    })
    // the route table's mock reads JSON bodies: the files are sent as FormData, which it records as no body
    const routed = globalThis.fetch
    const sentFiles = []
    vi.stubGlobal('fetch', (url, init = {}) => {
      if (init.body instanceof FormData) sentFiles.push(init.body.get('file')?.name)
      return routed(url, init.body instanceof FormData ? { ...init, body: undefined } : init)
    })
    await renderWithApp(PlaceImportView, { route: `/groups/${SLUG}/places/import`, props: { slug: SLUG } })
    const user = userEvent.setup()
    const file = new File(['nom;mail\nLieu correct;x@y.z\n'], 'lieux.csv', { type: 'text/csv' })
    await user.upload(await screen.findByLabelText('Fichier CSV'), file)
    await user.click(screen.getByRole('button', { name: "Voir l'aperçu" }))
    expect(await screen.findByText('Encodage windows-1252, séparateur point-virgule, 3 ligne(s).')).toBeInTheDocument()
    const mapping = screen.getByRole('table', { name: 'Colonnes du fichier et champs des lieux' })
    expect(within(mapping).getByText('Donnée personnelle : ignorée')).toBeInTheDocument()
    expect(callsTo(`POST /api/v1/groups/${SLUG}/places/import/preview`)).toHaveLength(1)
    expect(sentFiles).toEqual(['lieux.csv'])

    await user.click(screen.getByRole('button', { name: 'Importer les 3 lignes' }))
    expect(await screen.findByRole('progressbar')).toBeInTheDocument()
    expect(await screen.findByText('Import terminé.', {}, { timeout: 6000 })).toBeInTheDocument()
    expect(screen.getByText('2 lieu(x) créé(s)')).toBeInTheDocument()
    const skipped = screen.getByRole('table', { name: 'Lignes ignorées, et pourquoi' })
    expect(within(skipped).getByText('Pas de nom.')).toBeInTheDocument()
  }, 15000)

  it('tells a member that importing is for coordinators', async () => {
    mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      [`GET /api/v1/groups/${SLUG}`]: group({ coordinate: false, takePart: true }),
    })
    await renderWithApp(PlaceImportView, { route: `/groups/${SLUG}/places/import`, props: { slug: SLUG } })
    expect(await screen.findByText('Importer des lieux est réservé aux soucieux·ses du groupe.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Fichier CSV')).not.toBeInTheDocument()
  })
})
