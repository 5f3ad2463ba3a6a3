import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from './index'
import { safeRedirect } from './guard'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse, me, mockFetch, problem, session } from '@/test/http-mock'

async function boot({ user } = {}) {
  setActivePinia(createPinia())
  localStorage.setItem('entraide.session', '1') // a browser that signed in before: restore() asks the cookie
  mockFetch({
    'POST /api/v1/auth/refresh': user ? jsonResponse(200, session(user)) : problem(401),
  })
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  return router
}

describe('router guard', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('sends a signed-out visitor of a protected page to login with ?redirect=', async () => {
    const router = await boot()
    await router.push('/profile?tab=tokens')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/profile?tab=tokens')
  })

  it('protects the coordinator screen too', async () => {
    const router = await boot()
    await router.push('/groups/mediatheques-tiers-lieux/admin')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/groups/mediatheques-tiers-lieux/admin')
  })

  it('lets anybody see public pages', async () => {
    const router = await boot()
    await router.push('/groups/mediatheques-tiers-lieux')
    expect(router.currentRoute.value.name).toBe('group')
    await router.push('/invitations?token=abc')
    expect(router.currentRoute.value.name).toBe('invitation')
  })

  it('restores the session from the refresh cookie before deciding', async () => {
    const router = await boot({ user: me() })
    await router.push('/profile')
    expect(router.currentRoute.value.name).toBe('profile')
    expect(useAuthStore().accessToken).toBe('access-1')
  })

  it('blocks non-admins from /admin', async () => {
    const router = await boot({ user: me({ siteRole: 'USER' }) })
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('sends signed-out visitors of /admin to login, and lets admins in', async () => {
    let router = await boot()
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('login')

    router = await boot({ user: me({ siteRole: 'ADMIN' }) })
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('admin')
  })

  it('sends a signed-in person away from login to the redirect target', async () => {
    const router = await boot({ user: me() })
    await router.push('/login?redirect=/groups/abc')
    expect(router.currentRoute.value.fullPath).toBe('/groups/abc')
  })

  it('unknown paths reach the not-found page', async () => {
    const router = await boot()
    await router.push('/nowhere/at-all')
    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('safeRedirect refuses other sites', () => {
    expect(safeRedirect('/groups/x')).toBe('/groups/x')
    expect(safeRedirect('//evil.example')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect(undefined)).toBe('/')
  })
})
