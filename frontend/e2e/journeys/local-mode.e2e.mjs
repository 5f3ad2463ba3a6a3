// README's first command as a newcomer lives it: one process serves the SPA and the API, a deep link survives a
// reload, and the mails are read in the product's local mailbox, where the verification link is followed.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, expectAccessible, unique, spaUrl, adminAccount } from '../support/browser.mjs'
import { ensureGroup, escapeRegExp, group, login, password } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('one process serves the SPA with its client-side routes and long-cached assets', async () => {
  await ensureGroup(await login(adminAccount.email, adminAccount.password))
  const page = await newPage(browser)
  await page.goto(spaUrl)
  await page.getByRole('heading', { level: 1 }).first().waitFor()

  await page.goto(`${spaUrl}/groups/${group.slug}/forum`)
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Forum' }).waitFor()
  await expectAccessible(page, 'forum reached by a deep link')

  const index = await fetch(`${spaUrl}/groups/${group.slug}/forum`)
  assert.equal(index.status, 200)
  assert.equal(index.headers.get('cache-control'), 'no-cache')
  const asset = (await index.text()).match(/\/assets\/[^"]+\.js/)[0]
  const cached = await fetch(`${spaUrl}${asset}`)
  assert.equal(cached.status, 200)
  assert.match(cached.headers.get('cache-control'), /immutable/)
  assert.equal((await fetch(`${spaUrl}/api/v1/nothing-here`)).status, 404, 'unknown API paths are not the SPA')
  await page.close()
})

test('a newcomer signs up and confirms the address from the local mailbox', async () => {
  const page = await newPage(browser)
  const username = unique('sacha.')
  const email = `${username}@mediatheque.test`
  await page.goto(`${spaUrl}/register`)
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel("Nom d'utilisateur").fill(username)
  await page.getByLabel('Nom affiché').fill('Sacha, médiathèque de Die')
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Créer mon compte' }).click()
  await page.getByText('Vérifiez votre adresse e-mail').first().waitFor()

  await page.goto(`${spaUrl}/local-mailbox`)
  await page.getByRole('heading', { level: 1, name: 'Boîte aux lettres locale' }).waitFor()
  await page.getByLabel('Destinataire').fill(email)
  await page.getByRole('button', { name: 'Filtrer' }).click()
  // the list shows every mail until the filter applies: name the one for this address
  const mail = page.getByRole('button', { name: new RegExp(`^Confirmez votre adresse e-mail À ${escapeRegExp(email)}`) })
  for (let attempt = 0; attempt < 40 && !(await mail.isVisible()); attempt++) {
    await new Promise((r) => setTimeout(r, 500))
    await page.getByRole('button', { name: 'Filtrer' }).click()
  }
  await mail.click()
  await expectAccessible(page, 'local mailbox')
  await page.getByRole('link', { name: /\/verify-email\?token=/ }).click()
  await page.getByText('Votre adresse e-mail est vérifiée').waitFor()
  await page.close()
})
