/**
 * Turns an error into one human message, in the active locale when we know the case.
 * `overrides` maps a problem slug (`email-not-verified`) or an HTTP status (401) to an i18n key.
 */
export function problemMessage(t, error, overrides = {}) {
  if (!error) return ''
  const slug = error.slug
  const status = error.status
  if (slug && overrides[slug]) return t(overrides[slug])
  // These two say more than any per-status wording a form may have chosen.
  if (status === 0 || slug === 'network-error') return t('common.errors.network')
  if (slug === 'email-not-verified') return t('common.errors.emailNotVerified')
  if (status && overrides[status]) return t(overrides[status], { seconds: error.retryAfter ?? '' })
  if (status === 429) {
    return error.retryAfter ? t('common.errors.rateLimitedFor', { seconds: error.retryAfter }) : t('common.errors.rateLimited')
  }
  if (error.detail) return error.detail
  if (error.title && error.title !== 'about:blank') return error.title
  if (status === 401) return t('common.errors.unauthorized')
  if (status === 403) return t('common.errors.forbidden')
  if (status === 404) return t('common.errors.notFound')
  if (status >= 500) return t('common.errors.server')
  return t('common.errors.generic')
}
