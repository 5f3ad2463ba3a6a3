import { getActivePinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'
import { API_BASE, ApiError, NETWORK_ERROR_TYPE, currentLanguage } from '@/lib/http'

/**
 * Sends a multipart form with upload progress (fetch has none for request bodies): `onProgress(fraction)` from 0 to
 * 1. Same contract as `request` of http.js: the access token, one refresh and retry on a 401, the parsed JSON on
 * success, an ApiError (problem+json) otherwise. `signal` aborts the upload (rejects with an AbortError).
 */
export async function upload(path, form, { onProgress, signal, retryOn401 = true } = {}) {
  const store = getActivePinia() ? useAuthStore() : null
  const token = store?.accessToken || null
  const { status, body, retryAfter } = await send(`${API_BASE}${path}`, form, token, onProgress, signal)
  if (status === 401 && token && retryOn401 && store) {
    const renewed = store.accessToken && store.accessToken !== token ? true : await store.refresh()
    if (renewed) return upload(path, form, { onProgress, signal, retryOn401: false })
  }
  if (status < 200 || status >= 300) {
    const problem = body && typeof body === 'object' ? body : {}
    throw new ApiError({
      status,
      type: status === 0 ? NETWORK_ERROR_TYPE : problem.type,
      code: problem.code,
      title: problem.title,
      detail: problem.detail,
      errors: problem.errors,
      retryAfter,
    })
  }
  return body
}

function send(url, form, token, onProgress, signal) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    const lang = currentLanguage()
    if (lang) xhr.setRequestHeader('Accept-Language', lang)
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    if (onProgress && xhr.upload) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total))
      }
    }
    xhr.onload = () => {
      if (onProgress) onProgress(1)
      let body = null
      if (xhr.responseText) {
        try {
          body = JSON.parse(xhr.responseText)
        } catch {
          body = xhr.responseText
        }
      }
      const retry = Number(xhr.getResponseHeader('Retry-After'))
      resolve({ status: xhr.status, body, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null })
    }
    xhr.onerror = () => resolve({ status: 0, body: null, retryAfter: null })
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'))
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('Upload aborted', 'AbortError'))
        return
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true })
    }
    xhr.send(form)
  })
}
