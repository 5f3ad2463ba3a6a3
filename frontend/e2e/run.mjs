// Runs the end-to-end journeys against the real product: the built backend jar on a fresh PostgreSQL
// database, the built SPA served by `vite preview` (proxying /api), and a real SMTP server that keeps
// every mail. Then `node --test` runs e2e/journeys/*.e2e.mjs with the URLs in its environment.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, createWriteStream } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMailSink } from './support/mail-sink.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const frontend = resolve(here, '..')
const jar = resolve(frontend, '../backend/target/quarkus-app/quarkus-run.jar')
const logs = resolve(frontend, 'test-results')
mkdirSync(logs, { recursive: true })

const ports = {
  backend: Number(process.env.E2E_BACKEND_PORT || 8089),
  spa: Number(process.env.E2E_SPA_PORT || 4179),
  smtp: Number(process.env.E2E_SMTP_PORT || 2526),
  mailApi: Number(process.env.E2E_MAIL_API_PORT || 2580),
}
const spaUrl = `http://localhost:${ports.spa}`
const admin = { email: 'admin@e2e.test', password: 'admin-e2e-password' }

if (!existsSync(jar)) {
  console.error(`Backend jar missing (${jar}): build the backend first (./mvnw package).`)
  process.exit(1)
}
if (!existsSync(resolve(frontend, 'dist/index.html'))) {
  console.error('SPA not built: run `npm run build` first.')
  process.exit(1)
}

const children = []
function start(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  const log = createWriteStream(resolve(logs, `${name}.log`))
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  children.push(child)
  child.on('exit', (code) => {
    if (!stopping) console.error(`${name} exited early (code ${code}); see test-results/${name}.log`)
  })
  return child
}

async function waitFor(url, what, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s`)
}

let stopping = false
function stopAll() {
  stopping = true
  for (const child of children) child.kill('SIGTERM')
}
process.on('SIGINT', () => { stopAll(); process.exit(130) })

const sink = await startMailSink(ports.smtp, ports.mailApi)
let exitCode = 1
try {
  start('backend', 'java', ['-jar', jar], {
    env: {
      ...process.env,
      QUARKUS_HTTP_PORT: String(ports.backend),
      QUARKUS_DATASOURCE_JDBC_URL: process.env.E2E_DATABASE_URL || 'jdbc:postgresql://localhost:5432/entraide_e2e',
      QUARKUS_DATASOURCE_USERNAME: process.env.QUARKUS_DATASOURCE_USERNAME || 'entraide',
      QUARKUS_DATASOURCE_PASSWORD: process.env.QUARKUS_DATASOURCE_PASSWORD || 'entraide',
      QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
      QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
      QUARKUS_MAILER_HOST: 'localhost',
      QUARKUS_MAILER_PORT: String(ports.smtp),
      APP_OUTBOX_INTERVAL: '1s',
      APP_PUBLIC_URL: spaUrl,
      APP_ADMIN_EMAIL: admin.email,
      APP_ADMIN_PASSWORD: admin.password,
    },
  })
  start('spa', process.execPath, [resolve(frontend, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(ports.spa), '--strictPort'], {
    cwd: frontend,
    env: { ...process.env, BACKEND_URL: `http://localhost:${ports.backend}` },
  })
  await waitFor(`http://localhost:${ports.backend}/q/health/ready`, 'backend')
  await waitFor(spaUrl, 'SPA')

  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...journeys()], {
    cwd: frontend,
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_SPA_URL: spaUrl,
      E2E_API_URL: `http://localhost:${ports.backend}/api/v1`,
      E2E_MAIL_API: `http://localhost:${ports.mailApi}`,
      E2E_ADMIN_EMAIL: admin.email,
      E2E_ADMIN_PASSWORD: admin.password,
    },
  })
  exitCode = await new Promise((done) => tests.on('exit', (code) => done(code ?? 1)))
} catch (error) {
  console.error(error.message)
} finally {
  stopAll()
  await sink.close()
}
process.exit(exitCode)

function journeys() {
  const only = process.argv.slice(2)
  return only.length ? only : [resolve(here, 'all.mjs')]
}
