import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { forumApi, CATEGORY_LEVELS, THREAD_LEVELS } from './api'
import { notificationsApi } from '@/features/notifications/api'
import { searchApi } from '@/features/search/api'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'

const ok = (call) => jsonResponse(200, { echo: call.body ?? null })

/** Answers every call with 200 and records it. */
function recordAll() {
  return mockFetch(
    new Proxy({}, { get: () => ok, has: () => true }),
  )
}

describe('forum, notifications and search API clients', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().setSession(session(me(), 'tok'))
  })

  it('levels: threads have no WATCHING_FIRST_POST', () => {
    expect(CATEGORY_LEVELS).toEqual(['WATCHING', 'WATCHING_FIRST_POST', 'TRACKING', 'NORMAL', 'MUTED'])
    expect(THREAD_LEVELS).toEqual(['WATCHING', 'TRACKING', 'NORMAL', 'MUTED'])
  })

  it('categories, subscriptions and default levels', async () => {
    const { calls } = recordAll()
    await forumApi.categories('mediatheques-tiers-lieux')
    await forumApi.createCategory('mediatheques-tiers-lieux', { name: 'Publications', slug: '', description: 'Nos écrits' })
    await forumApi.updateCategory(4, { position: 2 })
    await forumApi.deleteCategory(4)
    await forumApi.watchCategory(4, 'WATCHING')
    await forumApi.setDefaultSubscription('mediatheques-tiers-lieux', 4, 'TRACKING')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/groups/mediatheques-tiers-lieux/categories',
      'POST /api/v1/groups/mediatheques-tiers-lieux/categories',
      'PATCH /api/v1/categories/4',
      'DELETE /api/v1/categories/4',
      'PUT /api/v1/categories/4/subscription',
      'PUT /api/v1/groups/mediatheques-tiers-lieux/categories/4/default-subscription',
    ])
    expect(calls[1].body).toEqual({ name: 'Publications', description: 'Nos écrits' })
    expect(calls[2].body).toEqual({ position: 2 })
    expect(calls[4].body).toEqual({ level: 'WATCHING' })
    expect(calls[5].body).toEqual({ level: 'TRACKING' })
    expect(calls[0].headers.Authorization).toBe('Bearer tok')
  })

  it('threads: list with category and cursor, create, get, patch with version, delete, watch, read', async () => {
    const { calls } = recordAll()
    await forumApi.threads('mediatheques-tiers-lieux', { category: 'vie-du-groupe', cursor: 'c2' })
    await forumApi.createThread('mediatheques-tiers-lieux', { category: 'vie-du-groupe', title: 'Nos prochaines rencontres', body: 'Le **14 novembre**' })
    await forumApi.thread(12)
    await forumApi.updateThread(12, { pinned: true, version: 3 })
    await forumApi.deleteThread(12)
    await forumApi.watchThread(12, 'MUTED')
    await forumApi.markRead(12, 40)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/groups/mediatheques-tiers-lieux/threads?category=vie-du-groupe&limit=20&cursor=c2',
      'POST /api/v1/groups/mediatheques-tiers-lieux/threads',
      'GET /api/v1/threads/12',
      'PATCH /api/v1/threads/12',
      'DELETE /api/v1/threads/12',
      'PUT /api/v1/threads/12/subscription',
      'POST /api/v1/threads/12/read',
    ])
    expect(calls[1].body).toEqual({ category: 'vie-du-groupe', title: 'Nos prochaines rencontres', body: 'Le **14 novembre**' })
    expect(calls[3].body).toEqual({ pinned: true, version: 3 })
    expect(calls[5].body).toEqual({ level: 'MUTED' })
    expect(calls[6].body).toEqual({ lastReadPostId: 40 })
  })

  it('posts: list, reply (replyToId only when set), edit with version, delete, preview', async () => {
    const { calls } = recordAll()
    await forumApi.posts(12, { limit: 100 })
    await forumApi.createPost(12, { body: 'Merci !' })
    await forumApi.createPost(12, { body: '@camille oui', replyToId: 40 })
    await forumApi.updatePost(41, { body: 'Merci beaucoup !', version: 1 })
    await forumApi.deletePost(41)
    await forumApi.preview('**gras**')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/threads/12/posts?limit=100',
      'POST /api/v1/threads/12/posts',
      'POST /api/v1/threads/12/posts',
      'PATCH /api/v1/posts/41',
      'DELETE /api/v1/posts/41',
      'POST /api/v1/posts/preview',
    ])
    expect(calls[1].body).toEqual({ body: 'Merci !' })
    expect(calls[2].body).toEqual({ body: '@camille oui', replyToId: 40 })
    expect(calls[3].body).toEqual({ body: 'Merci beaucoup !', version: 1 })
    expect(calls[5].body).toEqual({ body: '**gras**' })
  })

  it('notifications: list, count, mark read, unsubscribe without the session, stream with the bearer token', async () => {
    const { calls } = recordAll()
    await notificationsApi.list({ unreadOnly: true, limit: 8 })
    await notificationsApi.list({ cursor: 'n2' })
    await notificationsApi.unreadCount()
    await notificationsApi.markRead([3, 4])
    await notificationsApi.markAllRead()
    await notificationsApi.unsubscribe('tok/en=')
    await notificationsApi.openStream({ token: 'tok' })
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/notifications?unreadOnly=true&limit=8',
      'GET /api/v1/notifications?unreadOnly=false&limit=20&cursor=n2',
      'GET /api/v1/notifications/unread-count',
      'POST /api/v1/notifications/read',
      'POST /api/v1/notifications/read',
      'POST /api/v1/unsubscribe?token=tok%2Fen%3D',
      'GET /api/v1/notifications/stream',
    ])
    expect(calls[3].body).toEqual({ ids: [3, 4] })
    expect(calls[4].body).toEqual({ all: true })
    expect(calls[5].headers.Authorization).toBeUndefined()
    expect(calls[6].headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer tok' })
  })

  it('search: q, group and limit', async () => {
    const { calls } = recordAll()
    await searchApi.search({ q: 'mediatheque', group: 'mediatheques-tiers-lieux' })
    await searchApi.search({ q: 'tiers lieux' })
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/search?q=mediatheque&group=mediatheques-tiers-lieux&limit=20',
      '/api/v1/search?q=tiers+lieux&limit=20',
    ])
  })
})
