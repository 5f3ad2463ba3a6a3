import { onBeforeUnmount, ref } from 'vue'
import { boardsApi } from './api'
import { readEventStream } from '@/lib/sse'
import { useAuthStore } from '@/stores/auth'
import { STREAM_SILENCE_MS, backoffDelayMs } from '@/stores/notifications'

/**
 * Follows GET /boards/{id}/stream: `onEvent(event)` for each change (a BoardEventView), in order, once. Opened
 * after the board's `lastSeq`; after a cut it resumes with Last-Event-ID, so no change is lost or told twice.
 * Reconnects with back-off and with each new access token; closes with the component.
 */
export function useBoardStream(onEvent) {
  const auth = useAuthStore()
  const connected = ref(false)
  let boardId = null
  let lastId = null
  let controller = null
  let retryTimer = null
  let attempt = 0
  let alive = true

  function handle({ event, data, id }) {
    if (event !== 'board') return
    if (id) lastId = id
    try {
      onEvent(JSON.parse(data))
    } catch {
      // a malformed event is skipped: the next one makes the screen read the board again
    }
  }

  async function run(ctrl, token) {
    let silent = false
    let silence = null
    const watchdog = () => {
      clearTimeout(silence)
      silence = setTimeout(() => {
        silent = true
        ctrl.abort()
      }, STREAM_SILENCE_MS)
    }
    try {
      const response = await boardsApi.openStream(boardId, { token, signal: ctrl.signal, lastEventId: lastId })
      if (response.status === 401) {
        if (await auth.refresh()) retry()
        return
      }
      if (!response.ok || !response.body) throw new Error(`board stream answered ${response.status}`)
      connected.value = true
      attempt = 0
      watchdog()
      await readEventStream(response.body, handle, { onChunk: watchdog })
    } catch {
      if (ctrl.signal.aborted && !silent) return
    } finally {
      clearTimeout(silence)
      if (controller === ctrl) {
        controller = null
        connected.value = false
      }
    }
    retry()
  }

  function retry() {
    if (!alive || !auth.accessToken) return
    clearTimeout(retryTimer)
    retryTimer = setTimeout(open, backoffDelayMs(attempt++))
  }

  function open() {
    stop()
    if (!alive || boardId == null || !auth.accessToken) return
    const ctrl = new AbortController()
    controller = ctrl
    run(ctrl, auth.accessToken)
  }

  function stop() {
    clearTimeout(retryTimer)
    controller?.abort()
    controller = null
    connected.value = false
  }

  /** Follows the board from the event after `afterSeq` (the board's lastSeq when it was read). */
  function follow(id, afterSeq) {
    if (id !== boardId || lastId == null) lastId = String(afterSeq ?? 0)
    boardId = id
    open()
  }

  onBeforeUnmount(() => {
    alive = false
    stop()
  })
  return { connected, follow, stop }
}
