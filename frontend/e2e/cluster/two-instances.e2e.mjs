// Two instances of the jar on one database behind nginx, as two pods behind a Kubernetes service: a notification
// made through one reaches a stream held by the other; 40 simultaneous sign-ups split over both keep the cap;
// each mail goes out once though both instances send the outbox; an instance told to stop ends its streams with
// a retry hint after its readiness went down; an instance killed (kill -9) in the middle of sign-ups loses no
// acknowledged registration and the other carries on. HTTP only, no browser.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nginxOrSkip, startCluster } from '../support/cluster.mjs'

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const required = process.env.E2E_REQUIRED === 'true' || process.env.CI === 'true'
const CAPACITY = 6
const PEOPLE = 40
const logs = resolve(frontend, 'test-results/cluster')

if (!nginxOrSkip(required)) {
  test('two instances behind nginx', { skip: 'nginx is missing' }, () => {})
} else {
  let cluster
  let people
  let admin
  let members = []

  before(async () => {
    cluster = await startCluster({
      logs,
      jar: resolve(frontend, '../backend/target/quarkus-app/quarkus-run.jar'),
    })
    process.env.E2E_API_URL = `${cluster.lbUrl}/api/v1`
    process.env.E2E_SPA_URL = cluster.lbUrl
    people = await import('../support/people.mjs')
    admin = await people.login(cluster.admin.email, cluster.admin.password)
    await people.ensureGroup(admin)
    // registered through the balancer: requests and verification mails spread over both instances
    for (let i = 0; i < PEOPLE; i += 10) {
      members.push(...await Promise.all(Array.from({ length: 10 }, (_, j) => people.member(`pair${i + j}.`, `Personne ${i + j}`))))
    }
  }, { timeout: 300_000 })

  after(async () => {
    await cluster?.stop()
  }, { timeout: 120_000 })

  /** Calls one instance directly (not through the balancer). */
  async function call(instance, path, { method = 'GET', token, body } = {}) {
    const response = await fetch(`${cluster.instances[instance].url}/api/v1${path}`, {
      method,
      headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    return { status: response.status, data: text ? JSON.parse(text) : null }
  }

  /** Opens a notification stream on one instance; resolves events as they come, and the raw text seen so far. */
  async function openStream(instance, token, path = '/notifications/stream') {
    const controller = new AbortController()
    const response = await fetch(`${cluster.instances[instance].url}/api/v1${path}`, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
      signal: controller.signal,
    })
    assert.equal(response.status, 200)
    const stream = { text: '', ended: false, abort: () => controller.abort() }
    const reader = response.body.getReader()
    const decoder = new TextDecoder()
    stream.done = (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          stream.text += decoder.decode(value, { stream: true })
        }
      } catch {
        // aborted
      }
      stream.ended = true
    })()
    stream.until = async (predicate, what, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs
      while (!predicate(stream.text)) {
        assert.ok(Date.now() < deadline, `${what} not seen on the stream within ${timeoutMs / 1000} s: ${stream.text}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    await stream.until((text) => text.includes(':ready'), 'the ready comment')
    return stream
  }

  async function workshop(title) {
    const startsAt = new Date(Date.now() + 3 * 24 * 3600_000)
    startsAt.setUTCMinutes(0, 0, 0)
    const { data } = await people.api(`/groups/${people.group.slug}/workshops`, {
      method: 'POST', token: admin,
      body: { title, description: 'Deux instances, une seule salle.', startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(), timezone: 'Europe/Paris',
        onlineUrl: 'https://meet.jit.si/deux-instances', capacity: CAPACITY },
    })
    return data
  }

  /** Exactly CAPACITY confirmed, the rest waitlisted at positions 1..n, each person once. */
  async function assertCap(workshopId, expected) {
    const { data } = await call('a', `/workshops/${workshopId}/registrations`, { token: admin })
    const items = data.items
    assert.equal(new Set(items.map((r) => r.userId)).size, items.length, 'nobody registered twice')
    assert.equal(items.length, expected, 'every acknowledged sign-up is there')
    assert.equal(items.filter((r) => r.status === 'CONFIRMED').length, CAPACITY, 'exactly the capacity confirmed')
    const positions = items.filter((r) => r.status === 'WAITLISTED').map((r) => r.position).sort((x, y) => x - y)
    assert.deepEqual(positions, Array.from({ length: expected - CAPACITY }, (_, i) => i + 1), 'waitlist positions 1..n, unique')
    return items
  }

  test('a notification made through instance A reaches a stream held by instance B', async () => {
    const [watcher, poster] = members
    const stream = await openStream('b', watcher.token)
    try {
      const { status, data: thread } = await call('a', `/groups/${people.group.slug}/threads`, {
        method: 'POST', token: poster.token,
        body: { category: 'vie-du-groupe', title: `Deux instances ${Date.now()}`, body: `Bonjour @${watcher.username}, à toi !` },
      })
      assert.equal(status, 201)
      await stream.until((text) => text.includes('event:notification') && text.includes(`/threads/${thread.id}`),
        'the mention notification')
    } finally {
      stream.abort()
    }
  })

  test(`${PEOPLE} simultaneous sign-ups split over both instances keep the cap of ${CAPACITY}`, async () => {
    const { id } = await workshop(`Atelier à deux instances ${Date.now()}`)
    const answers = await Promise.all(members.map((m, i) =>
      call(i % 2 ? 'b' : 'a', `/workshops/${id}/registrations`, { method: 'POST', token: m.token })))
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [201], JSON.stringify(answers.find((a) => a.status !== 201)))
    assert.equal(answers.filter((a) => a.data.status === 'CONFIRMED').length, CAPACITY)
    await assertCap(id, PEOPLE)
  })

  test('each mail is sent once though both instances send the outbox', async () => {
    const addresses = new Set(members.map((m) => m.email.toLowerCase()))
    const verifications = cluster.smtp.mails.filter((m) => m.to.some((to) => addresses.has(to)) && m.subject.includes('Confirmez'))
    const perRecipient = new Map()
    for (const mail of verifications) for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1)
    assert.equal(perRecipient.size, PEOPLE, 'every member got the verification mail')
    assert.deepEqual([...perRecipient.values()].filter((n) => n !== 1), [], 'no member got it twice')
    const senders = new Set(cluster.smtp.mails.map((m) => m.from))
    assert.deepEqual([...senders].sort(), ['instance-a@cluster.test', 'instance-b@cluster.test'], 'both instances sent mail')
    // everything the outbox holds as sent reached the SMTP server exactly once
    const { data } = await call('a', `/local/mailbox?limit=200`)
    const sent = data.items.filter((m) => m.status === 'SENT' && addresses.has(m.to.toLowerCase())).length
    const received = cluster.smtp.mails.filter((m) => m.to.some((to) => addresses.has(to))).length
    assert.ok(sent <= received && received <= sent + data.items.filter((m) => m.status === 'PENDING').length,
      `${received} mails received for ${sent} sent`)
  })

  test('an instance told to stop turns unready first, ends its streams with a retry hint, and the other serves', async () => {
    const [watcher] = members
    const stream = await openStream('b', watcher.token)
    const stopped = cluster.kill('b', 'SIGTERM')
    // within the shutdown delay (2 s here) B still answers, with readiness DOWN, so the balancer takes it out
    let readiness = 200
    for (const deadline = Date.now() + 1_500; readiness === 200 && Date.now() < deadline;) {
      readiness = (await fetch(`${cluster.instances.b.url}/q/health/ready`)).status
    }
    assert.equal(readiness, 503, 'readiness is DOWN as soon as the shutdown begins')
    await stream.until((text) => /^retry: ?\d+$/m.test(text), 'the retry hint', 5_000)
    await Promise.race([stream.done, new Promise((r) => setTimeout(r, 5_000))])
    assert.ok(stream.ended, 'the stream ended')
    const exit = await stopped
    assert.ok([0, 143].includes(exit.code), `a clean exit after SIGTERM, not ${JSON.stringify(exit)}`)
    const log = readFileSync(resolve(logs, 'instance-b.log'), 'utf8')
    assert.match(log, /Shutting down: closing 1 live stream\(s\) with a retry hint/)
    assert.match(log, /entraide-backend stopped in/)
    assert.doesNotMatch(log, /Timed out waiting for graceful shutdown/)
    const reconnected = await openStream('a', watcher.token)
    reconnected.abort()
    const { status } = await people.api(`/groups/${people.group.slug}`, { token: watcher.token })
    assert.equal(status, 200, 'the balancer serves from the instance that stays')
    await cluster.restart('b')
  }, { timeout: 240_000 })

  test('an instance killed (kill -9) in the middle of sign-ups loses no acknowledged one, and the other carries on', async () => {
    const { id } = await workshop(`Atelier sans filet ${Date.now()}`)
    const acknowledged = new Set()
    let failed = 0
    let killed = null
    const signUp = async (m) => {
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          const response = await fetch(`${cluster.lbUrl}/api/v1/workshops/${id}/registrations`, {
            method: 'POST', headers: { Accept: 'application/json', Authorization: `Bearer ${m.token}` },
          })
          await response.text()
          // 409: a sign-up that committed before its answer was lost; the person is registered
          if (response.status === 201 || response.status === 409) {
            acknowledged.add(m.username)
            if (acknowledged.size === 10 && !killed) killed = cluster.kill('b', 'SIGKILL')
            return
          }
          failed++
        } catch {
          failed++
        }
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    // five at a time through the balancer (round-robin over both), B killed after the tenth acknowledgement
    const queue = [...members]
    await Promise.all(Array.from({ length: 5 }, async () => {
      while (queue.length) await signUp(queue.shift())
    }))
    assert.ok(killed, 'instance B was killed during the sign-ups')
    assert.equal((await killed).signal, 'SIGKILL')
    assert.equal(acknowledged.size, PEOPLE, 'the remaining instance took every sign-up')
    const items = await assertCap(id, PEOPLE)
    assert.deepEqual(items.map((r) => r.username).sort(), [...acknowledged].sort(), 'every acknowledged registration is kept')
    console.log(`kill -9 during sign-ups: ${failed} request(s) failed and were retried`)
  }, { timeout: 120_000 })
}
