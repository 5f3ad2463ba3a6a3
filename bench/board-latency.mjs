// Idea boards, live: latency from a card move by one member (PATCH through instance A) to the arrival of its event
// on 30 open board streams (half on instance A, half on instance B: PostgreSQL LISTEN/NOTIFY carries it across).
// Uses the cluster of the two-instance journey (frontend/e2e/support/cluster.mjs). Needs the built jar and nginx.
// BENCH_STREAMS (30) streams, BENCH_MOVES (60) moves one after the other; prints the median and the 99th percentile.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCluster } from '../frontend/e2e/support/cluster.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const STREAMS = Number(process.env.BENCH_STREAMS || 30)
const MOVES = Number(process.env.BENCH_MOVES || 60)
const STREAMS_PER_MEMBER = 3 // below app.streams.max-per-user (5)

const cluster = await startCluster({
  logs: resolve(root, 'bench/results/board-latency'),
  jar: resolve(root, 'backend/target/quarkus-app/quarkus-run.jar'),
  env: { QUARKUS_LOG_CONSOLE_LEVEL: 'WARN' },
})

/** An open board stream: the time each event (by its id) arrived. */
async function openStream(baseUrl, boardId, token) {
  const controller = new AbortController()
  const arrivals = new Map()
  let ready
  const readyPromise = new Promise((done) => (ready = done))
  const response = await fetch(`${baseUrl}/api/v1/boards/${boardId}/stream`, {
    headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
    signal: controller.signal,
  })
  if (response.status !== 200) throw new Error(`stream answered ${response.status}`)
  ;(async () => {
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        const now = performance.now()
        buffer += decoder.decode(chunk, { stream: true })
        let newline
        while ((newline = buffer.indexOf('\n')) !== -1) {
          const line = buffer.slice(0, newline).replace(/\r$/, '')
          buffer = buffer.slice(newline + 1)
          if (line.startsWith(':') && line.slice(1).trim() === 'ready') ready()
          if (line.startsWith('id:')) arrivals.set(Number(line.slice(3).trim()), now)
        }
      }
    } catch {
      // aborted at the end
    }
  })()
  await readyPromise
  return { arrivals, close: () => controller.abort() }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

try {
  process.env.E2E_API_URL = `${cluster.lbUrl}/api/v1`
  process.env.E2E_SPA_URL = cluster.lbUrl
  const people = await import('../frontend/e2e/support/people.mjs')
  const admin = await people.login(cluster.admin.email, cluster.admin.password)
  await people.ensureGroup(admin, { asMember: true })
  const { data: board } = await people.api(`/groups/${people.group.slug}/boards`, {
    method: 'POST', token: admin, body: { title: 'Mesure de latence', columns: ['Constats', 'Idées'] },
  })
  const [left, right] = board.columns.map((column) => column.id)
  const { data: card } = await people.api(`/boards/${board.id}/cards`, { method: 'POST', token: admin, body: { column: left, text: 'La carte qui bouge' } })
  const watchers = await Promise.all(Array.from({ length: Math.ceil(STREAMS / STREAMS_PER_MEMBER) }, (_, i) => people.member(`watch${i}.`, `Spectateur ${i}`)))
  const streams = []
  for (let i = 0; i < STREAMS; i++) {
    const instance = i % 2 === 0 ? cluster.instances.a : cluster.instances.b
    streams.push(await openStream(instance.url, board.id, watchers[Math.floor(i / STREAMS_PER_MEMBER)].token))
  }
  const latencies = { a: [], b: [] }
  const patches = []
  const afterAnswer = []
  let seq = board.lastSeq + 1 // the card's creation
  for (let move = 0; move < MOVES; move++) {
    seq++
    const sent = performance.now()
    const response = await fetch(`${cluster.instances.a.url}/api/v1/cards/${card.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
      body: JSON.stringify({ column: move % 2 === 0 ? right : left, version: 0 }),
    })
    if (response.status !== 200) throw new Error(`move answered ${response.status}`)
    const answered = performance.now()
    patches.push(answered - sent)
    const deadline = Date.now() + 10_000
    while (streams.some((stream) => !stream.arrivals.has(seq))) {
      if (Date.now() > deadline) throw new Error(`event ${seq} did not reach every stream within 10 s`)
      await new Promise((done) => setTimeout(done, 2))
    }
    streams.forEach((stream, i) => {
      latencies[i % 2 === 0 ? 'a' : 'b'].push(stream.arrivals.get(seq) - sent)
      afterAnswer.push(stream.arrivals.get(seq) - answered)
    })
  }
  streams.forEach((stream) => stream.close())
  const report = (name, values) => {
    const sorted = [...values].sort((x, y) => x - y)
    console.log(`${name}: ${sorted.length} arrivals, median ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`)
  }
  console.log(`${MOVES} moves through instance A, ${STREAMS} board streams (half on A, half on B)`)
  report('all streams', [...latencies.a, ...latencies.b])
  report('streams on A (same instance)', latencies.a)
  report('streams on B (across LISTEN/NOTIFY)', latencies.b)
  report('the move itself (PATCH answered)', patches)
  report('arrival after the PATCH answered (all streams)', afterAnswer)
} finally {
  await cluster.stop()
}
