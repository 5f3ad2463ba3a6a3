/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeRedirect(value, fallback = '/') {
  const target = Array.isArray(value) ? value[0] : value
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback
  }
  return target
}

/**
 * The one global guard: waits for the session to be restored, then applies `meta.requiresAuth`,
 * `meta.roles` and `meta.guestOnly`. Returns true or a route location to redirect to.
 */
export async function authGuard(to, auth) {
  await auth.restore()
  const needsAuth = to.matched.some((r) => r.meta.requiresAuth || r.meta.roles)
  if (needsAuth && !auth.isAuthenticated) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  const roles = to.matched.flatMap((r) => r.meta.roles || [])
  if (roles.length && !auth.hasAnyRole(roles)) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  if (to.meta.guestOnly && auth.isAuthenticated) {
    return safeRedirect(to.query.redirect, '/mon-espace')
  }
  return true
}
