import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { notificationsApi } from '@/features/notifications/api'
import { readEventStream } from '@/lib/sse'
import { useAuthStore } from './auth'

export const LATEST_SIZE = 8
/** The server sends a comment every ~25 s: silence for longer than this means a dead connection. */
export const STREAM_SILENCE_MS = 70_000
const MAX_BACKOFF_MS = 30_000

/** Reconnection delay: 1 s, 2 s, 4 s … up to 30 s, plus up to 20 % jitter so clients do not stampede. */
export function backoffDelayMs(attempt, random = Math.random) {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt))
  return Math.round(base + base * 0.2 * random())
}

/**
 * In-app notifications: the unread count of the header bell, the latest few, and the live stream
 * (GET /notifications/stream, Server-Sent Events read with fetch so the bearer token can be sent).
 * `bindSession()` ties the stream to the auth store: open while signed in, re-opened with each new access
 * token, closed and emptied on sign-out.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const auth = useAuthStore()
  const count = ref(0)
  const latest = ref([])
  const latestLoaded = ref(false)
  const connected = ref(false)
  /** The last notification that arrived live (the header announces it politely). */
  const lastArrived = ref(null)

  let controller = null
  let streamToken = null
  let retryTimer = null
  let silenceTimer = null
  let attempt = 0
  let active = false
  let stopWatching = null

  function reset() {
    count.value = 0
    latest.value = []
    latestLoaded.value = false
    lastArrived.value = null
  }

  /** Bumped by every live event: a count fetched before the latest event is older than it, and ignored. */
  let eventsSeen = 0

  async function refreshCount() {
    const seenAtStart = eventsSeen
    try {
      const result = await notificationsApi.unreadCount()
      if (typeof result?.count === 'number' && eventsSeen === seenAtStart) count.value = result.count
    } catch {
      // the badge keeps its last value
    }
  }

  async function loadLatest() {
    const page = await notificationsApi.list({ limit: LATEST_SIZE })
    latest.value = page?.items || []
    latestLoaded.value = true
    return latest.value
  }

  function remember(notification) {
    latest.value = [notification, ...latest.value.filter((n) => n.id !== notification.id)].slice(0, LATEST_SIZE)
  }

  /** One parsed SSE event. */
  function applyEvent({ event, data }) {
    if (event !== 'notification') return
    let payload
    try {
      payload = JSON.parse(data)
    } catch {
      return
    }
    eventsSeen += 1
    if (typeof payload?.unreadCount === 'number') count.value = payload.unreadCount
    else if (payload?.notification && !payload.notification.readAt) count.value += 1
    if (payload?.notification) {
      remember(payload.notification)
      lastArrived.value = payload.notification
    }
  }

  function markLocally(ids) {
    const set = new Set(ids)
    const now = new Date().toISOString()
    let newlyRead = 0
    latest.value = latest.value.map((n) => {
      if (!set.has(n.id) || n.readAt) return n
      newlyRead += 1
      return { ...n, readAt: now }
    })
    return newlyRead
  }

  /** Marks notifications read; `known` is how many of them the caller knows were unread (for the badge). */
  async function markRead(ids, { known } = {}) {
    if (!ids?.length) return
    const newlyRead = markLocally(ids)
    count.value = Math.max(0, count.value - (known ?? newlyRead))
    await notificationsApi.markRead(ids)
    await refreshCount()
  }

  async function markAllRead() {
    markLocally(latest.value.map((n) => n.id))
    count.value = 0
    await notificationsApi.markAllRead()
    await refreshCount()
  }

  // --- live stream -------------------------------------------------------------------------------------

  function clearTimers() {
    clearTimeout(retryTimer)
    clearTimeout(silenceTimer)
    retryTimer = null
    silenceTimer = null
  }

  function scheduleRetry() {
    if (!active) return
    clearTimeout(retryTimer)
    const delay = backoffDelayMs(attempt)
    attempt += 1
    retryTimer = setTimeout(() => {
      retryTimer = null
      open(true)
    }, delay)
  }

  async function run(token, ctrl) {
    let stale = false
    const feedWatchdog = () => {
      clearTimeout(silenceTimer)
      silenceTimer = setTimeout(() => {
        stale = true
        ctrl.abort()
      }, STREAM_SILENCE_MS)
    }
    try {
      const response = await notificationsApi.openStream({ token, signal: ctrl.signal })
      if (response.status === 401) {
        // The token expired under us: renew it; the new token re-opens the stream (or the session ends).
        if (controller === ctrl) controller = null
        const renewed = await auth.refresh()
        if (!active) return
        if (renewed && auth.accessToken && auth.accessToken !== token) open()
        else if (auth.accessToken) scheduleRetry()
        return
      }
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`)
      connected.value = true
      attempt = 0
      refreshCount() // catch up with anything that happened while disconnected
      feedWatchdog()
      await readEventStream(response.body, applyEvent, { onChunk: feedWatchdog })
    } catch {
      if (ctrl.signal.aborted && !stale) return // closed on purpose (sign-out, new token)
    } finally {
      clearTimeout(silenceTimer)
      if (controller === ctrl) {
        controller = null
        connected.value = false
      }
    }
    // The stream ended or failed: try again later with the current token.
    if (active && (!ctrl.signal.aborted || stale)) scheduleRetry()
  }

  /** Opens the stream with the current access token (no-op if it is already open with it). */
  function open(force = false) {
    const token = auth.accessToken
    if (!token) return close()
    if (!force && controller && streamToken === token) return
    if (controller) controller.abort()
    clearTimers()
    active = true
    streamToken = token
    const ctrl = new AbortController()
    controller = ctrl
    run(token, ctrl)
  }

  function close() {
    active = false
    clearTimers()
    if (controller) controller.abort()
    controller = null
    streamToken = null
    connected.value = false
    attempt = 0
  }

  /**
   * The interface changed language: titles are written in the language of the request that fetched them, so the
   * latest are fetched again and the stream re-opened, to tell what comes next in the new language.
   */
  function relocalize() {
    if (latestLoaded.value) loadLatest().catch(() => {})
    if (active) open(true)
  }

  /** Follows the session: connect when signed in, reconnect on a new token, disconnect and forget on sign-out. */
  function bindSession() {
    if (stopWatching) return
    stopWatching = watch(
      () => auth.accessToken,
      (token, previous) => {
        if (token) {
          if (!previous) refreshCount()
          open()
        } else {
          close()
          reset()
        }
      },
      { immediate: true },
    )
  }

  function unbindSession() {
    stopWatching?.()
    stopWatching = null
    close()
  }

  return {
    count,
    latest,
    latestLoaded,
    connected,
    lastArrived,
    refreshCount,
    loadLatest,
    markRead,
    markAllRead,
    applyEvent,
    connect: open,
    disconnect: close,
    relocalize,
    bindSession,
    unbindSession,
  }
})
