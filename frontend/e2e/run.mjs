// Runs the end-to-end journeys against the product as README's first command runs it: the built jar alone, which
// serves the SPA and the API on one port, keeps its mails in its local mailbox, and starts its own PostgreSQL
// (or uses E2E_DATABASE_URL's). Then `node --test` runs e2e/journeys/*.e2e.mjs with the URLs in its environment.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, createWriteStream, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const frontend = resolve(here, '..')
const jar = resolve(frontend, '../backend/target/quarkus-app/quarkus-run.jar')
const logs = resolve(frontend, 'test-results')
mkdirSync(logs, { recursive: true })

const port = Number(process.env.E2E_BACKEND_PORT || 8089)
const baseUrl = `http://localhost:${port}`
// a production server refuses a known admin password: this one is made for the run
const admin = { email: 'admin@e2e.test', password: `e2e-${randomBytes(12).toString('base64url')}` }
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const required = process.env.E2E_REQUIRED === 'true' || process.env.CI === 'true'

if (!existsSync(chromium)) {
  const how = `Chromium is missing at ${chromium}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`
  if (required) {
    console.error(`END-TO-END JOURNEYS REQUIRED BUT CANNOT RUN. ${how}`)
    process.exit(1)
  }
  console.warn(['', '!'.repeat(100), `!!! END-TO-END JOURNEYS SKIPPED. ${how}`, '!!! They run in CI (-De2e.required=true), where a missing browser fails the build.', '!'.repeat(100), ''].join('\n'))
  process.exit(0)
}
if (!existsSync(jar)) {
  console.error(`Backend jar missing (${jar}): build it first (./mvnw package).`)
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
/** Stops every child and waits for it: the backend stops its embedded PostgreSQL on the way out. */
async function stopAll() {
  stopping = true
  await Promise.all(children.filter((child) => child.exitCode === null).map((child) => new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', () => { clearTimeout(force); done() })
    child.kill('SIGTERM')
  })))
}
process.on('SIGINT', () => { stopAll().then(() => process.exit(130)) })

// The embedded database's data goes to a fresh folder the database's system user can reach when run as root.
const dataDir = mkdtempSync(join(tmpdir(), 'entraide-e2e-'))
chmodSync(dataDir, 0o755)
const database = process.env.E2E_DATABASE_URL
  ? {
      QUARKUS_DATASOURCE_JDBC_URL: process.env.E2E_DATABASE_URL,
      QUARKUS_DATASOURCE_USERNAME: process.env.QUARKUS_DATASOURCE_USERNAME || 'entraide',
      QUARKUS_DATASOURCE_PASSWORD: process.env.QUARKUS_DATASOURCE_PASSWORD || 'entraide',
      QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
      QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
    }
  : {}
const inherited = { ...process.env }
delete inherited.QUARKUS_DATASOURCE_JDBC_URL
let exitCode = 1
try {
  start('backend', 'java', ['-jar', jar], {
    env: {
      ...inherited,
      ...database,
      APP_DATA_DIR: dataDir,
      QUARKUS_HTTP_PORT: String(port),
      QUARKUS_MAILER_MOCK: 'true',
      APP_LOCAL_MAILBOX: 'true',
      APP_DEMO_ENABLED: 'false',
      APP_OUTBOX_INTERVAL: '1s',
      APP_PUBLIC_URL: baseUrl,
      APP_ADMIN_EMAIL: admin.email,
      APP_ADMIN_PASSWORD: admin.password,
    },
  })
  await waitFor(`${baseUrl}/q/health/ready`, 'backend', 180_000)

  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...journeys()], {
    cwd: frontend,
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_SPA_URL: baseUrl,
      E2E_API_URL: `${baseUrl}/api/v1`,
      E2E_DATA_DIR: dataDir,
      E2E_ADMIN_EMAIL: admin.email,
      E2E_ADMIN_PASSWORD: admin.password,
    },
  })
  exitCode = await new Promise((done) => tests.on('exit', (code) => done(code ?? 1)))
} catch (error) {
  console.error(error.message)
} finally {
  await stopAll()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(exitCode)

function journeys() {
  const only = process.argv.slice(2)
  return only.length ? only : [resolve(here, 'all.mjs')]
}
