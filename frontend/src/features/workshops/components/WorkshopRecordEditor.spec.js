import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import WorkshopRecordEditor from './WorkshopRecordEditor.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const record = (overrides = {}) => ({
  workshopId: 7,
  summary: 'Ouvrir le dimanche sans épuiser l’équipe.',
  insights: ['Des bénévoles formés'],
  actionPlan: 'Tester en janvier.',
  updatedBy: { id: 2, displayName: 'Angélique' },
  updatedAt: '2026-12-08T15:10:00Z',
  version: 3,
  ...overrides,
})

describe('WorkshopRecordEditor', () => {
  it('saves summary, ideas and plan with the version read', async () => {
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/workshops/7/record': record({ summary: '', insights: [], actionPlan: '', updatedBy: null, updatedAt: null, version: 0 }),
      'PUT /api/v1/workshops/7/record': (call) => jsonResponse(200, record({ ...call.body, version: 1, updatedBy: { id: 1, displayName: 'Camille' } })),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopRecordEditor, { props: { workshopId: 7, canEdit: true } })

    await user.type(await screen.findByRole('textbox', { name: 'Résumé' }), 'Un dimanche par mois')
    expect(screen.getByText('Aucune piste pour l\'instant.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ajouter une piste' }))
    expect(screen.getByRole('textbox', { name: 'Piste 1' })).toHaveFocus()
    await user.keyboard('Des bénévoles')
    await user.click(screen.getByRole('button', { name: 'Ajouter une piste' }))
    await user.keyboard('À supprimer')
    await user.click(screen.getByRole('button', { name: 'Retirer la piste 2' }))
    expect(screen.queryByRole('textbox', { name: 'Piste 2' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Piste 1' })).toHaveFocus()
    await user.type(screen.getByRole('textbox', { name: "Plan d'action" }), 'Tester en janvier')
    await user.click(screen.getByRole('button', { name: 'Enregistrer le compte rendu' }))

    expect(await screen.findByText('Compte rendu enregistré.')).toBeInTheDocument()
    expect(callsTo('PUT /api/v1/workshops/7/record')[0].body).toEqual({
      summary: 'Un dimanche par mois',
      insights: ['Des bénévoles'],
      actionPlan: 'Tester en janvier',
      version: 0,
    })
  })

  it('on a stale version (409) offers to reload the latest record, and saves on top of it', async () => {
    let latest = record()
    const { callsTo } = mockFetch({
      'POST /api/v1/auth/refresh': jsonResponse(200, session(me())),
      'GET /api/v1/workshops/7/record': () => jsonResponse(200, latest),
      'PUT /api/v1/workshops/7/record': (call) =>
        call.body.version === latest.version
          ? jsonResponse(200, { ...latest, ...call.body, version: latest.version + 1 })
          : problem(409, { type: 'https://entraide.example/problems/stale-version', title: 'Conflict', detail: 'Version périmée' }),
    })
    const user = userEvent.setup()
    await renderWithApp(WorkshopRecordEditor, { props: { workshopId: 7, canEdit: true } })
    const summary = await screen.findByRole('textbox', { name: 'Résumé' })
    expect(summary).toHaveValue('Ouvrir le dimanche sans épuiser l’équipe.')

    // Meanwhile the problem's owner saves version 4.
    latest = record({ summary: 'Version de la porteuse', insights: ['Des bénévoles formés', 'Un partenariat'], version: 4 })
    await user.clear(summary)
    await user.type(summary, 'Ma version')
    await user.click(screen.getByRole('button', { name: 'Enregistrer le compte rendu' }))

    const warning = await screen.findByText('Quelqu\'un a modifié ce compte rendu pendant que vous l\'écriviez.')
    const alert = warning.closest('[role="status"]')
    await user.click(within(alert).getByRole('button', { name: 'Recharger la dernière version' }))
    expect(await screen.findByRole('textbox', { name: 'Piste 2' })).toHaveValue('Un partenariat')
    expect(screen.getByRole('textbox', { name: 'Résumé' })).toHaveValue('Version de la porteuse')
    expect(screen.queryByText(/pendant que vous l'écriviez/)).not.toBeInTheDocument()
    expect(callsTo('GET /api/v1/workshops/7/record')).toHaveLength(2)

    await user.click(screen.getByRole('button', { name: 'Enregistrer le compte rendu' }))
    expect(await screen.findByText('Compte rendu enregistré.')).toBeInTheDocument()
    expect(callsTo('PUT /api/v1/workshops/7/record').map((c) => c.body.version)).toEqual([3, 4])
  })

  it('is read-only for everyone else', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': jsonResponse(200, session(me())), 'GET /api/v1/workshops/7/record': record() })
    await renderWithApp(WorkshopRecordEditor, { props: { workshopId: 7, canEdit: false } })
    expect(await screen.findByText('Des bénévoles formés')).toBeInTheDocument()
    expect(screen.getByText('Tester en janvier.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enregistrer le compte rendu' })).not.toBeInTheDocument()
  })
})
