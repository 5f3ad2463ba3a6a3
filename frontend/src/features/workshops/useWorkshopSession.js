import { onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { workshopsApi } from './api'
import { readEventStream } from '@/lib/sse'
import { useAuthStore } from '@/stores/auth'
import { STREAM_SILENCE_MS, backoffDelayMs } from '@/stores/notifications'

/**
 * The live state of a workshop session: read once, then kept up to date by GET /workshops/{id}/session/stream
 * (`event: session`, the whole state each time), read with fetch so the bearer token goes along. Reconnects with
 * back-off, re-opens with each new access token, closes when the component goes.
 */
export function useWorkshopSession(getId) {
  const auth = useAuthStore()
  const session = ref(null)
  const error = shallowRef(null)
  const connected = ref(false)
  let controller = null
  let retryTimer = null
  let silenceTimer = null
  let attempt = 0
  let alive = true

  function apply(view) {
    if (view && typeof view === 'object') session.value = view
  }

  function onEvent({ event, data }) {
    if (event !== 'session') return
    try {
      apply(JSON.parse(data))
    } catch {
      // a malformed event is skipped; the next one carries the whole state again
    }
  }

  function clearTimers() {
    clearTimeout(retryTimer)
    clearTimeout(silenceTimer)
    retryTimer = null
    silenceTimer = null
  }

  function scheduleRetry() {
    if (!alive || !auth.accessToken) return
    clearTimeout(retryTimer)
    retryTimer = setTimeout(open, backoffDelayMs(attempt++))
  }

  async function run(id, token, ctrl) {
    let stale = false
    const watchdog = () => {
      clearTimeout(silenceTimer)
      silenceTimer = setTimeout(() => {
        stale = true
        ctrl.abort()
      }, STREAM_SILENCE_MS)
    }
    try {
      const response = await workshopsApi.openSessionStream(id, { token, signal: ctrl.signal })
      if (response.status === 401) {
        if (controller === ctrl) controller = null
        const renewed = await auth.refresh()
        if (alive && renewed && auth.accessToken !== token) open()
        return
      }
      if (!response.ok || !response.body) throw new Error(`session stream answered ${response.status}`)
      connected.value = true
      attempt = 0
      watchdog()
      await readEventStream(response.body, onEvent, { onChunk: watchdog })
    } catch {
      if (ctrl.signal.aborted && !stale) return
    } finally {
      clearTimeout(silenceTimer)
      if (controller === ctrl) {
        controller = null
        connected.value = false
      }
    }
    if (!ctrl.signal.aborted || stale) scheduleRetry()
  }

  function open() {
    const id = getId()
    const token = auth.accessToken
    close()
    if (!alive || !id || !token) return
    const ctrl = new AbortController()
    controller = ctrl
    run(id, token, ctrl)
  }

  function close() {
    clearTimers()
    if (controller) controller.abort()
    controller = null
    connected.value = false
  }

  async function load() {
    const id = getId()
    if (!id || !auth.isAuthenticated) return
    error.value = null
    try {
      apply(await workshopsApi.session(id))
    } catch (e) {
      error.value = e
    }
  }

  async function start() {
    await load()
    if (!error.value) open()
  }

  watch(getId, start, { immediate: true })
  watch(
    () => auth.accessToken,
    (token, previous) => {
      if (token && token !== previous && (controller || retryTimer)) open()
      if (!token) close()
    },
  )
  onBeforeUnmount(() => {
    alive = false
    close()
  })

  return { session, error, connected, apply, reload: load }
}
