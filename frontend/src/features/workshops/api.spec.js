import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { PHASES, workshopsApi } from './api'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

const ok = (call) => jsonResponse(200, { echo: call.body ?? null })
const recordAll = () => mockFetch(new Proxy({}, { get: () => ok, has: () => true }))
const SLUG = 'mediatheques-tiers-lieux'

describe('workshops API client', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().setSession(session(me(), 'tok'))
  })

  it('lists, proposes (dropping empty optional fields), opens a series, reads, edits and cancels', async () => {
    const { calls } = recordAll()
    await workshopsApi.list(SLUG)
    await workshopsApi.create(SLUG, { title: 'Accueillir les habitants', description: '', startsAt: '2026-12-08T13:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', timezone: 'Europe/Paris', onlineUrl: '', location: '', capacity: 6 })
    await workshopsApi.createSeries(SLUG, { title: 'Ateliers', description: '', capacity: 4, onlineUrl: '', slots: [{ startsAt: 'a', endsAt: 'b' }] })
    await workshopsApi.get(7)
    await workshopsApi.update(7, { capacity: 5, version: 3 })
    await workshopsApi.cancel(7)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET /api/v1/groups/${SLUG}/workshops`,
      `POST /api/v1/groups/${SLUG}/workshops`,
      `POST /api/v1/groups/${SLUG}/workshop-series`,
      'GET /api/v1/workshops/7',
      'PATCH /api/v1/workshops/7',
      'POST /api/v1/workshops/7/cancel',
    ])
    expect(calls[1].body).toEqual({ title: 'Accueillir les habitants', startsAt: '2026-12-08T13:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', timezone: 'Europe/Paris', capacity: 6 })
    expect(calls[2].body).toEqual({ title: 'Ateliers', capacity: 4, slots: [{ startsAt: 'a', endsAt: 'b' }] })
    expect(calls[4].body).toEqual({ capacity: 5, version: 3 })
    expect(calls[0].headers.Authorization).toBe('Bearer tok')
  })

  it('registrations: self (no body), someone, withdraw, remove someone, list and CSV', async () => {
    const { calls } = recordAll()
    await workshopsApi.register(7)
    await workshopsApi.registerSomeone(7, 12)
    await workshopsApi.unregister(7)
    await workshopsApi.unregisterSomeone(7, 12)
    await workshopsApi.registrations(7)
    await workshopsApi.registrationsCsv(7)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/v1/workshops/7/registrations',
      'POST /api/v1/workshops/7/registrations',
      'DELETE /api/v1/workshops/7/registrations/me',
      'DELETE /api/v1/workshops/7/registrations/12',
      'GET /api/v1/workshops/7/registrations',
      'GET /api/v1/workshops/7/registrations?format=csv',
    ])
    expect(calls[0].body).toBeUndefined()
    expect(calls[1].body).toEqual({ userId: 12 })
    expect(calls[5].headers.Accept).toMatch(/^text\/csv/)
  })

  it('problems, votes, the chosen problem, the session, the record and the journal', async () => {
    const { calls } = recordAll()
    await workshopsApi.problems(7)
    await workshopsApi.addProblem(7, { title: 'Ouvrir le dimanche', description: '' })
    await workshopsApi.vote(40)
    await workshopsApi.unvote(40)
    await workshopsApi.choose(7, 40)
    await workshopsApi.session(7)
    await workshopsApi.setPhase(7, { phase: 'CLARIFICATION' })
    await workshopsApi.setPhase(7, { phase: 'CONSULTATION', minutes: 20 })
    await workshopsApi.record(7)
    await workshopsApi.saveRecord(7, { summary: 'S', insights: ['Une piste'], actionPlan: 'P', version: 0 })
    await workshopsApi.journal(SLUG)
    await workshopsApi.journalMarkdown(SLUG)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/workshops/7/problems',
      'POST /api/v1/workshops/7/problems',
      'POST /api/v1/workshops/problems/40/vote',
      'DELETE /api/v1/workshops/problems/40/vote',
      'PUT /api/v1/workshops/7/chosen-problem',
      'GET /api/v1/workshops/7/session',
      'PUT /api/v1/workshops/7/phase',
      'PUT /api/v1/workshops/7/phase',
      'GET /api/v1/workshops/7/record',
      'PUT /api/v1/workshops/7/record',
      `GET /api/v1/groups/${SLUG}/workshop-journal`,
      `GET /api/v1/groups/${SLUG}/workshop-journal?format=markdown`,
    ])
    expect(calls[1].body).toEqual({ title: 'Ouvrir le dimanche' })
    expect(calls[4].body).toEqual({ problemId: 40 })
    expect(calls[6].body).toEqual({ phase: 'CLARIFICATION' })
    expect(calls[7].body).toEqual({ phase: 'CONSULTATION', minutes: 20 })
    expect(calls[9].body).toEqual({ summary: 'S', insights: ['Une piste'], actionPlan: 'P', version: 0 })
    expect(PHASES).toEqual(['EXPOSE', 'CLARIFICATION', 'CONTRAT', 'CONSULTATION', 'SYNTHESE', 'APPRENTISSAGES'])
  })

  it('opens the session stream with the bearer token', async () => {
    const { calls } = recordAll()
    await workshopsApi.openSessionStream(7, { token: 'tok' })
    expect(calls[0].url).toBe('/api/v1/workshops/7/session/stream')
    expect(calls[0].headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer tok' })
  })

  it('turns problems into ApiErrors with their slug (a stale version, a full capacity)', async () => {
    mockFetch({
      'PUT /api/v1/workshops/7/record': problem(409, { type: 'https://entraide.example/problems/stale-version', title: 'Conflict' }),
      'PATCH /api/v1/workshops/7': problem(409, { type: 'https://entraide.example/problems/conflict', errors: [{ field: 'capacity', message: 'Trop bas' }] }),
    })
    await expect(workshopsApi.saveRecord(7, { summary: '', insights: [], actionPlan: '', version: 1 })).rejects.toMatchObject({ status: 409, slug: 'stale-version' })
    await expect(workshopsApi.update(7, { capacity: 1, version: 1 })).rejects.toMatchObject({ errors: [{ field: 'capacity', message: 'Trop bas' }] })
  })
})
