// Upload and download throughput of a 20 MB file, and the backend's memory (RSS) while ten uploads run at once.
// Starts the built jar as README's first command does (own PostgreSQL, fresh data folder, local file store), on
// 127.0.0.1:${BENCH_PORT:-18199}; needs `./mvnw -q package -DskipTests` first. Usage: node bench/files.mjs
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(here, '../backend/target/quarkus-app/quarkus-run.jar')
const port = Number(process.env.BENCH_PORT || 18199)
const base = `http://127.0.0.1:${port}/api/v1`
const size = 20 * 1000 * 1000
const runs = 3
const admin = { email: 'admin@bench.test', password: `bench-${randomBytes(9).toString('base64url')}` }

const dataDir = mkdtempSync(join(tmpdir(), 'entraide-bench-files-'))
// as root, the embedded PostgreSQL runs as the system user 'entraide', which must enter the folder
chmodSync(dataDir, 0o755)
const jvmOptions = readFileSync(resolve(here, '../backend/jvm.options'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'))
const backend = spawn('java', [...jvmOptions, '-jar', jar], {
  env: { ...process.env, APP_DATA_DIR: dataDir, QUARKUS_HTTP_PORT: String(port), APP_ADMIN_EMAIL: admin.email, APP_ADMIN_PASSWORD: admin.password, APP_DEMO_ENABLED: 'false' },
  stdio: ['ignore', 'ignore', 'inherit'],
})

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1)

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024
}

async function json(path, { method = 'GET', body, token } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return response.status === 204 ? null : response.json()
}

/** A 20 MB PDF (header and trailer around random bytes): a document, within its 25 MiB limit. */
function pdf() {
  const bytes = randomBytes(size)
  Buffer.from('%PDF-1.4\n').copy(bytes, 0)
  Buffer.from('\n%%EOF\n').copy(bytes, size - 7)
  return new Blob([bytes], { type: 'application/pdf' })
}

async function upload(token, slug, blob, name) {
  const form = new FormData()
  form.append('file', blob, name)
  const response = await fetch(`${base}/groups/${slug}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`)
  return response.json()
}

try {
  const deadline = Date.now() + 300_000
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/q/health/ready`)).ok) break
    } catch {
      // not yet
    }
    if (Date.now() > deadline || backend.exitCode !== null) throw new Error('backend not ready')
    await sleep(500)
  }
  const { accessToken: token } = await json('/auth/login', { method: 'POST', body: admin })
  const slug = `bench-files-${Date.now() % 100000}`
  await json('/groups', { method: 'POST', token, body: { name: 'Bench fichiers', slug, description: 'bench', visibility: 'PUBLIC', joinPolicy: 'OPEN' } })
  const blob = pdf()
  const idle = rssMiB(backend.pid)

  const ups = []
  const downs = []
  let last
  for (let i = 0; i < runs; i++) {
    let started = performance.now()
    last = await upload(token, slug, blob, `bench-${i}.pdf`)
    ups.push(performance.now() - started)
    started = performance.now()
    const response = await fetch(`${base}/files/${last.id}`)
    let read = 0
    for await (const chunk of response.body) read += chunk.length
    downs.push(performance.now() - started)
    if (read !== size) throw new Error(`downloaded ${read} bytes`)
  }

  let peak = rssMiB(backend.pid)
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(backend.pid))), 50)
  const started = performance.now()
  await Promise.all(Array.from({ length: 10 }, (_, i) => upload(token, slug, blob, `parallel-${i}.pdf`)))
  const parallelMs = performance.now() - started
  clearInterval(sampler)

  console.log(`file: ${size / 1e6} MB PDF, ${runs} runs, local store, backend/jvm.options`)
  console.log(`upload   median ${median(ups).toFixed(0)} ms = ${mbps(size, median(ups))} MB/s (runs: ${ups.map((v) => v.toFixed(0)).join(', ')} ms)`)
  console.log(`download median ${median(downs).toFixed(0)} ms = ${mbps(size, median(downs))} MB/s (runs: ${downs.map((v) => v.toFixed(0)).join(', ')} ms)`)
  console.log(`10 uploads at once: ${parallelMs.toFixed(0)} ms in all = ${mbps(10 * size, parallelMs)} MB/s; RSS before ${idle.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB`)
} finally {
  backend.kill('SIGTERM')
  await new Promise((r) => backend.once('exit', r))
  rmSync(dataDir, { recursive: true, force: true })
}
