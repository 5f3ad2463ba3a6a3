// Two backend instances of the built jar on one PostgreSQL, behind Debian's nginx, with an SMTP sink that records
// which instance sent each mail: what the cluster journey and bench/two-instances.sh run against.
// Instance A runs README's first command (its own embedded PostgreSQL, on a chosen port); instance B is the same jar
// given A's database with QUARKUS_DATASOURCE_* and A's key pair of access tokens, as a second pod would be.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'

export async function freePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

export async function waitFor(url, what, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s`)
}

/** A minimal SMTP server: accepts every mail and keeps {from, to, subject}. */
async function smtpSink() {
  const mails = []
  const server = createServer((socket) => {
    let buffer = ''
    let inData = false
    let mail = { to: [] }
    socket.setEncoding('utf8')
    socket.write('220 sink ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end === -1) return
          const data = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          inData = false
          const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/mi.exec(data)?.[1] ?? ''
          mails.push({ ...mail, subject: decodeHeader(subject) })
          mail = { to: [] }
          socket.write('250 OK\r\n')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol === -1) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n')
        else if (verb === 'MAIL') { mail.from = /<([^>]*)>/.exec(line)?.[1]; socket.write('250 OK\r\n') }
        else if (verb === 'RCPT') { mail.to.push(/<([^>]*)>/.exec(line)?.[1]?.toLowerCase()); socket.write('250 OK\r\n') }
        else if (verb === 'DATA') { inData = true; socket.write('354 go on\r\n') }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return }
        else socket.write('250 OK\r\n') // RSET, NOOP
      }
    })
    socket.on('error', () => {})
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  return { port: server.address().port, mails, close: () => new Promise((done) => server.close(done)) }
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as the mailer writes subjects. */
function decodeHeader(value) {
  return value.replace(/\r\n[ \t]/g, ' ').replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, kind, text) => kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'))
}

/**
 * Starts the SMTP sink, instance A (embedded PostgreSQL), instance B on A's database, and nginx in front of both.
 * Returns { lbUrl, instances: {a, b}, smtp, admin, restart(name), kill(name, signal), stop() }.
 */
export async function startCluster({ logs, jar, env = {} }) {
  rmSync(logs, { recursive: true, force: true })
  mkdirSync(logs, { recursive: true })
  const work = mkdtempSync(join(tmpdir(), 'entraide-cluster-'))
  chmodSync(work, 0o755)
  const dataDir = join(work, 'a')
  mkdirSync(dataDir)
  chmodSync(dataDir, 0o755)
  const [lbPort, pgPort, aPort, bPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
  const lbUrl = `http://127.0.0.1:${lbPort}`
  const smtp = await smtpSink()
  const admin = { email: 'admin@cluster.test', password: `cluster-${randomBytes(12).toString('base64url')}` }
  const inherited = { ...process.env }
  for (const key of Object.keys(inherited)) if (key.startsWith('QUARKUS_') || key.startsWith('APP_')) delete inherited[key]
  const common = {
    ...inherited,
    QUARKUS_HTTP_HOST: '127.0.0.1',
    QUARKUS_MAILER_MOCK: 'false',
    QUARKUS_MAILER_HOST: '127.0.0.1',
    QUARKUS_MAILER_PORT: String(smtp.port),
    APP_LOCAL_MAILBOX: 'true',
    APP_DEMO_ENABLED: 'false',
    APP_OUTBOX_INTERVAL: '300ms',
    APP_PUBLIC_URL: lbUrl,
    APP_ADMIN_EMAIL: admin.email,
    APP_ADMIN_PASSWORD: admin.password,
    QUARKUS_SHUTDOWN_DELAY: '2s',
    ...env,
  }
  const instances = {
    a: { name: 'a', port: aPort, url: `http://127.0.0.1:${aPort}`, env: {
      ...common, APP_DATA_DIR: dataDir, APP_LOCAL_DATABASE_PORT: String(pgPort), QUARKUS_HTTP_PORT: String(aPort),
      QUARKUS_MAILER_FROM: 'Entraide A <instance-a@cluster.test>' } },
    b: { name: 'b', port: bPort, url: `http://127.0.0.1:${bPort}`, env: null },
  }
  const children = new Set()
  let stopping = false

  function start(name, command, args, options = {}) {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    const log = createWriteStream(resolve(logs, `${name}.log`), { flags: 'a' })
    child.stdout.pipe(log)
    child.stderr.pipe(log)
    children.add(child)
    child.exited = new Promise((done) => child.on('exit', (code, signal) => {
      children.delete(child)
      if (!stopping && !child.expectedExit) console.error(`${name} exited (code ${code}, signal ${signal}); see ${logs}/${name}.log`)
      done({ code, signal })
    }))
    return child
  }

  async function startInstance(instance) {
    instance.process = start(`instance-${instance.name}`, 'java', ['-jar', jar], { env: instance.env })
    await waitFor(`${instance.url}/q/health/ready`, `instance ${instance.name}`)
  }

  const nginxDir = join(work, 'nginx')
  mkdirSync(nginxDir)
  writeFileSync(join(nginxDir, 'nginx.conf'), `
daemon off;
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  upstream entraide {
    server 127.0.0.1:${aPort} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${bPort} max_fails=1 fail_timeout=10s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${lbPort};
    location / {
      proxy_pass http://entraide;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      # live streams: no buffering, long reads (keep-alive comments every 25 s)
      proxy_buffering off;
      proxy_read_timeout 1h;
      # a refused connection or a reset before any answer is tried on the other instance (not for POSTs)
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`)

  try {
    await startInstance(instances.a)
    const secrets = join(dataDir, 'secrets')
    instances.b.env = {
      ...common,
      QUARKUS_HTTP_PORT: String(bPort),
      QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://127.0.0.1:${pgPort}/entraide`,
      QUARKUS_DATASOURCE_USERNAME: 'entraide',
      QUARKUS_DATASOURCE_PASSWORD: readFileSync(join(secrets, 'database-password'), 'utf8').trim(),
      SMALLRYE_JWT_SIGN_KEY_LOCATION: join(secrets, 'jwt-private.pem'),
      MP_JWT_VERIFY_PUBLICKEY_LOCATION: join(secrets, 'jwt-public.pem'),
      QUARKUS_MAILER_FROM: 'Entraide B <instance-b@cluster.test>',
    }
    await startInstance(instances.b)
    start('nginx', NGINX, ['-p', nginxDir, '-c', join(nginxDir, 'nginx.conf')])
    await waitFor(`${lbUrl}/q/health/ready`, 'nginx')
  } catch (error) {
    await stop()
    throw error
  }

  /** Stops B (then nginx), then A, which stops its PostgreSQL on the way out. */
  async function stop() {
    stopping = true
    const ordered = [...[...children].filter((child) => child !== instances.a.process), instances.a.process]
      .filter((child) => child && children.has(child))
    for (const child of ordered) {
      const force = setTimeout(() => child.kill('SIGKILL'), 40_000)
      child.kill('SIGTERM')
      await child.exited
      clearTimeout(force)
    }
    await smtp.close()
    rmSync(work, { recursive: true, force: true })
  }

  return {
    lbUrl,
    instances,
    smtp,
    admin,
    stop,
    /** Sends a signal to an instance; resolves with its exit once it is gone. */
    kill(name, signal) {
      const child = instances[name].process
      child.expectedExit = true
      child.kill(signal)
      return child.exited
    },
    restart: (name) => startInstance(instances[name]),
  }
}

/** Whether the cluster can run here; prints a loud skip (or fails when required) otherwise. */
export function nginxOrSkip(required) {
  if (existsSync(NGINX)) return true
  const how = `nginx is missing at ${NGINX}: install it (Debian: apt-get install nginx; bash .ci/run does) or set NGINX_PATH.`
  if (required) {
    console.error(`TWO-INSTANCE JOURNEY REQUIRED BUT CANNOT RUN. ${how}`)
    process.exit(1)
  }
  console.warn(['', '!'.repeat(100), `!!! TWO-INSTANCE JOURNEY SKIPPED. ${how}`, '!!! It runs in CI (-De2e.required=true), where a missing nginx fails the build.', '!'.repeat(100), ''].join('\n'))
  return false
}
