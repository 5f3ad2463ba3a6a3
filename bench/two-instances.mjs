// Forum read throughput with one instance and with two behind nginx (same run, same data), then the fail-over gap:
// requests failed while one instance is killed (kill -9) under load. Uses the cluster of the two-instance journey
// (frontend/e2e/support/cluster.mjs): instance A with its embedded PostgreSQL, instance B on the same database.
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCluster } from '../frontend/e2e/support/cluster.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const duration = process.env.BENCH_DURATION || '20s'
const connections = process.env.BENCH_CONNECTIONS || '16'
const cluster = await startCluster({
  logs: resolve(root, 'bench/results/two-instances'),
  jar: resolve(root, 'backend/target/quarkus-app/quarkus-run.jar'),
  env: { QUARKUS_LOG_CONSOLE_LEVEL: 'WARN' },
})

function wrk(url, seconds = duration) {
  const run = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}`, '--latency', url], { encoding: 'utf8' })
  const out = run.stdout
  const number = (re) => Number((re.exec(out) || [])[1] || 0)
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    socketErrors: (/Socket errors: (.*)/.exec(out) || [])[1] || 'none',
    p50: (/50%\s+(\S+)/.exec(out) || [])[1],
    p99: (/99%\s+(\S+)/.exec(out) || [])[1],
  }
}

try {
  process.env.E2E_API_URL = `${cluster.lbUrl}/api/v1`
  const people = await import('../frontend/e2e/support/people.mjs')
  const admin = await people.login(cluster.admin.email, cluster.admin.password)
  await people.ensureGroup(admin, { asMember: true })
  for (let i = 0; i < 60; i++) {
    await people.api(`/groups/${people.group.slug}/threads`, { method: 'POST', token: admin,
      body: { category: 'vie-du-groupe', title: `Fil de mesure ${i}`, body: `Un message **Markdown** n° ${i}, pour lire la liste.` } })
  }
  const path = `/api/v1/groups/${people.group.slug}/threads?limit=20`
  wrk(`${cluster.instances.a.url}${path}`, '10s') // warm-up of A
  wrk(`${cluster.instances.b.url}${path}`, '10s') // warm-up of B
  const one = wrk(`${cluster.instances.a.url}${path}`)
  const two = wrk(`${cluster.lbUrl}${path}`)
  console.log(`GET ${path}, wrk -t2 -c${connections} -d${duration}`)
  console.log(`one instance (direct):      ${one.rps} req/s, p50 ${one.p50}, p99 ${one.p99}, non-2xx ${one.non2xx}, socket errors ${one.socketErrors}`)
  console.log(`two instances behind nginx: ${two.rps} req/s, p50 ${two.p50}, p99 ${two.p99}, non-2xx ${two.non2xx}, socket errors ${two.socketErrors}`)

  // fail-over: B killed 5 s into a 20 s load through nginx
  setTimeout(() => cluster.kill('b', 'SIGKILL'), 5_000)
  const { spawn } = await import('node:child_process')
  const loaded = await new Promise((done) => {
    const child = spawn('wrk', ['-t2', `-c${connections}`, '-d20s', '--latency', `${cluster.lbUrl}${path}`])
    let out = ''
    child.stdout.on('data', (d) => { out += d })
    child.on('exit', () => done(out))
  })
  const failed = Number((/Non-2xx or 3xx responses: (\d+)/.exec(loaded) || [])[1] || 0)
  const total = Number((/(\d+) requests in/.exec(loaded) || [])[1] || 0)
  console.log(`fail-over (kill -9 of B at 5 s of 20 s through nginx): ${failed} non-2xx of ${total} requests, socket errors ${(/Socket errors: (.*)/.exec(loaded) || [])[1] || 'none'}`)
} finally {
  await cluster.stop()
}
