// What the journeys do through the API, as an integrator would: sign in, make sure the group exists, and create
// verified members the way a person does (register, confirm from the mailed link, sign in, join).
import assert from 'node:assert/strict'
import { apiUrl, spaUrl, waitForMail, linkIn, unique } from './browser.mjs'

export const group = { name: 'GT médiathèques tiers-lieux', slug: 'mediatheques-tiers-lieux' }
export const password = 'une phrase de passe solide'

/** Calls the API; fails the test on an unexpected status. */
export async function api(path, { method = 'GET', body, token, expect = [200, 201, 204] } = {}) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  let data = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = text
    }
  }
  assert.ok(expect.includes(response.status), `${method} ${path} answered ${response.status}: ${text}`)
  return { status: response.status, data }
}

/** The whole sign-in answer: {accessToken, user, …}. */
export async function session(email, pass) {
  const { data } = await api('/auth/login', { method: 'POST', body: { email, password: pass } })
  return data
}

export async function login(email, pass) {
  return (await session(email, pass)).accessToken
}

/**
 * Safety net when a journey runs alone (the onboarding journey normally creates the group); with asMember the
 * admin also becomes an active member (needed to open polls).
 */
export async function ensureGroup(adminToken, { asMember = false } = {}) {
  const { status } = await api(`/groups/${group.slug}`, { expect: [200, 404] })
  if (status === 404) {
    await api('/groups', {
      method: 'POST',
      token: adminToken,
      body: { name: group.name, slug: group.slug, description: 'Un bien commun.', visibility: 'PUBLIC', joinPolicy: 'OPEN' },
    })
  }
  if (asMember) {
    const { data } = await api(`/groups/${group.slug}`, { token: adminToken })
    if (data.can.join) {
      await api(`/groups/${group.slug}/members`, { method: 'POST', token: adminToken, expect: [200, 201, 204, 409] })
    }
  }
}

/** A verified member of the group: register, confirm from the mail, sign in, join. */
export async function member(prefix, displayName) {
  const username = unique(prefix)
  const person = { username, displayName, email: `${username}@mediatheque.test`, password }
  await api('/auth/register', { method: 'POST', body: person })
  const mail = await waitForMail(person.email, 'Confirmez')
  const token = new URL(linkIn(mail, '/verify-email')).searchParams.get('token')
  await api('/auth/verify-email', { method: 'POST', body: { token } })
  person.token = await login(person.email, person.password)
  await api(`/groups/${group.slug}/members`, { method: 'POST', token: person.token })
  return person
}

export async function signIn(page, { email, password: pass }) {
  await page.goto(`${spaUrl}/login`)
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(pass)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor()
}

export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
