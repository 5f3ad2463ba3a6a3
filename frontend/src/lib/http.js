import { getActivePinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'

export const API_BASE = '/api/v1'

/**
 * An error answered by the API (RFC 9457 problem+json) or a network failure (status 0).
 */
export class ApiError extends Error {
  constructor({ status = 0, type = 'about:blank', code = '', title = '', detail = '', errors = [], retryAfter = null } = {}) {
    super(detail || title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.type = type || 'about:blank'
    /** What happened, the same in every language (e.g. `group.members-only`); title and detail are in ours. */
    this.code = code || ''
    this.title = title || ''
    this.detail = detail || ''
    this.errors = Array.isArray(errors) ? errors : []
    this.retryAfter = retryAfter
  }

  /** Last path segment of the problem type, e.g. `email-not-verified`. */
  get slug() {
    const parts = String(this.type).split(/[/#]/).filter(Boolean)
    return parts.length ? parts[parts.length - 1] : ''
  }

  is(slug) {
    return this.slug === slug
  }
}

export const NETWORK_ERROR_TYPE = 'urn:entraide:problems/network-error'

/** 401s that a fresh access token would not change (e.g. a wrong password re-typed in a form). */
const NOT_A_SESSION_PROBLEM = new Set(['invalid-credentials'])

function slugOf(problem) {
  return problem && typeof problem === 'object' && problem.type ? new ApiError({ type: problem.type }).slug : ''
}

function buildUrl(path, query) {
  let url = path.startsWith('http') ? path : `${API_BASE}${path}`
  if (query) {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue
      params.append(key, String(value))
    }
    const qs = params.toString()
    if (qs) url += (url.includes('?') ? '&' : '?') + qs
  }
  return url
}

function currentAuthStore() {
  return getActivePinia() ? useAuthStore() : null
}

function parseRetryAfter(value) {
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return seconds
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000))
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null
  const text = await response.text()
  if (!text) return null
  const contentType = response.headers.get('content-type') || ''
  if (contentType.includes('json')) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

/**
 * The language the API should answer in: the interface's, which `setLocale` keeps in `<html lang>`, so that
 * problems and notification titles come in the language the person reads.
 */
export function currentLanguage() {
  return typeof document !== 'undefined' ? document.documentElement.lang : ''
}

async function send(path, { method, body, query, headers, token, signal }) {
  const finalHeaders = { Accept: 'application/json, application/problem+json', ...headers }
  const lang = currentLanguage()
  if (lang && !finalHeaders['Accept-Language']) finalHeaders['Accept-Language'] = lang
  let payload
  if (body !== undefined && body !== null) {
    if (typeof FormData !== 'undefined' && body instanceof FormData) {
      payload = body
    } else {
      payload = JSON.stringify(body)
      finalHeaders['Content-Type'] = 'application/json'
    }
  }
  if (token) finalHeaders.Authorization = `Bearer ${token}`
  try {
    return await fetch(buildUrl(path, query), {
      method,
      headers: finalHeaders,
      body: payload,
      credentials: 'same-origin',
      signal,
    })
  } catch (cause) {
    if (cause?.name === 'AbortError') throw cause
    throw new ApiError({ status: 0, type: NETWORK_ERROR_TYPE, title: 'Network error', detail: '' })
  }
}

/**
 * Calls the API.
 * - `auth` (default true): sends the access token held by the auth store;
 * - `retryOn401` (default true): on a 401, refreshes the session once and retries the call once.
 * Resolves with the parsed JSON body (null for 204), rejects with an ApiError.
 */
export async function request(path, options = {}) {
  const { method = 'GET', body, query, headers = {}, auth = true, retryOn401 = true, signal } = options
  const store = auth ? currentAuthStore() : null
  const token = store?.accessToken || null
  const response = await send(path, { method, body, query, headers, token, signal })
  const data = await readBody(response)

  if (response.status === 401 && token && retryOn401 && store && !NOT_A_SESSION_PROBLEM.has(slugOf(data))) {
    // Another call may already have rotated the token: retry with it; otherwise refresh once.
    const renewed = store.accessToken && store.accessToken !== token ? true : await store.refresh()
    if (renewed) return request(path, { ...options, retryOn401: false })
  }

  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data : {}
    throw new ApiError({
      status: response.status,
      type: problem.type,
      code: problem.code,
      title: problem.title || response.statusText,
      detail: problem.detail,
      errors: problem.errors,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    })
  }
  return data
}

export const http = {
  get: (path, options) => request(path, { ...options, method: 'GET' }),
  post: (path, body, options) => request(path, { ...options, method: 'POST', body }),
  put: (path, body, options) => request(path, { ...options, method: 'PUT', body }),
  patch: (path, body, options) => request(path, { ...options, method: 'PATCH', body }),
  delete: (path, body, options) => request(path, { ...options, method: 'DELETE', body }),
}
