import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/features/accounts/api'
import { meApi } from '@/features/accounts/api'

/** Seconds before expiry at which the access token is renewed (at most 60 s, at least 20 % of its life). */
export function refreshDelayMs(expiresIn) {
  const seconds = Number(expiresIn)
  if (!Number.isFinite(seconds) || seconds <= 0) return null
  const lead = Math.min(60, seconds * 0.2)
  return Math.max(1000, Math.round((seconds - lead) * 1000))
}

/**
 * The session. The access token lives only in memory; the refresh token is an HttpOnly cookie
 * that the browser sends to /api/v1/auth/refresh, so a reload restores the session through `restore()`.
 */
export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref(null)
  const user = ref(null)
  const expiresAt = ref(null)
  const restored = ref(false)

  // Without it, a first visit would ask /auth/refresh for a session that cannot exist and log a 401 every time.
  const SESSION_HINT = 'entraide.session'

  let refreshTimer = null
  let refreshPromise = null
  let restorePromise = null

  const isAuthenticated = computed(() => Boolean(accessToken.value && user.value))
  const roles = computed(() => {
    if (!isAuthenticated.value) return []
    return user.value.siteRole === 'ADMIN' ? ['USER', 'ADMIN'] : ['USER']
  })
  const isAdmin = computed(() => roles.value.includes('ADMIN'))
  const needsEmailVerification = computed(() => isAuthenticated.value && user.value.emailVerified === false)

  function hasRole(role) {
    return roles.value.includes(role)
  }

  function hasAnyRole(required) {
    if (!required || required.length === 0) return true
    return required.some((role) => roles.value.includes(role))
  }

  function cancelTimer() {
    if (refreshTimer) clearTimeout(refreshTimer)
    refreshTimer = null
  }

  function scheduleRefresh(expiresIn) {
    cancelTimer()
    const delay = refreshDelayMs(expiresIn)
    if (delay === null) return
    refreshTimer = setTimeout(() => {
      refreshTimer = null
      refresh()
    }, delay)
  }

  function setSession(session) {
    accessToken.value = session.accessToken
    if (session.user) user.value = session.user
    expiresAt.value = session.expiresIn ? Date.now() + session.expiresIn * 1000 : null
    scheduleRefresh(session.expiresIn)
    localStorage.setItem(SESSION_HINT, '1')
  }

  function clearSession() {
    cancelTimer()
    accessToken.value = null
    user.value = null
    expiresAt.value = null
    localStorage.removeItem(SESSION_HINT)
  }

  function setUser(next) {
    user.value = next
  }

  async function login(email, password) {
    const session = await authApi.login(email, password)
    setSession(session)
    return user.value
  }

  /** Renews the access token with the refresh cookie. Resolves true on success; never rejects. */
  function refresh() {
    if (!refreshPromise) {
      refreshPromise = authApi
        .refresh()
        .then((session) => {
          setSession(session)
          return true
        })
        .catch((error) => {
          // A network blip keeps the current session; a refused refresh ends it.
          if (error?.status !== 0) clearSession()
          return false
        })
        .finally(() => {
          refreshPromise = null
        })
    }
    return refreshPromise
  }

  /**
   * Restores the session once at start-up (called by the router guard before the first navigation); the refresh
   * cookie is asked for only when this browser has signed in and not out since.
   */
  function restore() {
    if (!restorePromise) {
      const restoring = accessToken.value ? Promise.resolve(true)
        : localStorage.getItem(SESSION_HINT) ? refresh() : Promise.resolve(false)
      restorePromise = restoring.finally(() => {
        restored.value = true
      })
    }
    return restorePromise
  }

  async function logout() {
    try {
      if (accessToken.value) await authApi.logout()
    } catch {
      // The session ends locally whatever the server said.
    } finally {
      clearSession()
    }
  }

  async function fetchMe() {
    const me = await meApi.get()
    user.value = me
    return me
  }

  return {
    accessToken,
    user,
    expiresAt,
    restored,
    isAuthenticated,
    roles,
    isAdmin,
    needsEmailVerification,
    hasRole,
    hasAnyRole,
    setSession,
    clearSession,
    setUser,
    login,
    refresh,
    restore,
    logout,
    fetchMe,
  }
})
