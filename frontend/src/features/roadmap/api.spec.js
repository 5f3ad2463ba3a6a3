import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ACTION_STATUSES, roadmapApi } from './api'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

/** Answers every call with 200 and records it. */
function recordAll() {
  return mockFetch(new Proxy({}, { get: () => (call) => jsonResponse(200, { echo: call.body ?? null }), has: () => true }))
}

describe('roadmap API client', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().setSession(session(me(), 'tok'))
  })

  it('knows the five statuses in their usual order', () => {
    expect(ACTION_STATUSES).toEqual(['WAITING', 'ACTIONABLE', 'IN_PROGRESS', 'DONE', 'DROPPED'])
  })

  it('board and axes: URLs and bodies', async () => {
    const { calls } = recordAll()
    await roadmapApi.roadmap('mediatheques-tiers-lieux')
    await roadmapApi.createAxis('mediatheques-tiers-lieux', { title: 'Visibiliser les médiathèques Tiers-Lieux', description: '' })
    await roadmapApi.updateAxis(3, { title: 'Animer la communauté', version: 2 })
    await roadmapApi.deleteAxis(3)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/groups/mediatheques-tiers-lieux/roadmap',
      'POST /api/v1/groups/mediatheques-tiers-lieux/roadmap/axes',
      'PATCH /api/v1/roadmap/axes/3',
      'DELETE /api/v1/roadmap/axes/3',
    ])
    expect(calls[1].body).toEqual({ title: 'Visibiliser les médiathèques Tiers-Lieux' })
    expect(calls[2].body).toEqual({ title: 'Animer la communauté', version: 2 })
    expect(calls[0].headers.Authorization).toBe('Bearer tok')
  })

  it('actions: create, read, edit, move, reorder, delete, history', async () => {
    const { calls } = recordAll()
    await roadmapApi.createAction(3, { title: 'Organiser des voyages apprenants', description: '', status: 'ACTIONABLE', targetDate: '' })
    await roadmapApi.action(8)
    await roadmapApi.updateAction(8, { status: 'IN_PROGRESS', axisId: 4 }, 5)
    await roadmapApi.moveAction(8, 1, 6)
    await roadmapApi.history(8)
    await roadmapApi.deleteAction(8)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/v1/roadmap/axes/3/actions',
      'GET /api/v1/roadmap/actions/8',
      'PATCH /api/v1/roadmap/actions/8',
      'PATCH /api/v1/roadmap/actions/8',
      'GET /api/v1/roadmap/actions/8/history',
      'DELETE /api/v1/roadmap/actions/8',
    ])
    expect(calls[0].body).toEqual({ title: 'Organiser des voyages apprenants', status: 'ACTIONABLE' })
    expect(calls[2].body).toEqual({ status: 'IN_PROGRESS', axisId: 4, version: 5 })
    expect(calls[3].body).toEqual({ position: 1, version: 6 })
  })

  it('volunteers: "je m\'en empare" and withdrawing', async () => {
    const { calls } = recordAll()
    await roadmapApi.volunteer(8)
    await roadmapApi.withdraw(8)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/v1/roadmap/actions/8/volunteers',
      'DELETE /api/v1/roadmap/actions/8/volunteers/me',
    ])
  })
})
