// Visiting a place: a member finds a third-place library in the directory (the list, filtered by text), asks to
// visit it with their group; the place's referent, who has no account, answers from the e-mail and accepts with a
// date; the learning trip then appears in the group's agenda with the member coming. Axe checks at 1280 and 390 px.
// Runs on its own: it creates the group when it is missing.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, expectAccessible, waitForMail, linkIn, unique, spaUrl, adminAccount } from '../support/browser.mjs'
import { api, ensureGroup, group, login, member, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

async function accessibleAtBothWidths(page, screen) {
  await page.setViewportSize({ width: 1280, height: 900 })
  await expectAccessible(page, `${screen} (1280 px)`)
  await page.setViewportSize({ width: 390, height: 844 })
  await expectAccessible(page, `${screen} (390 px)`)
  await page.setViewportSize({ width: 1280, height: 900 })
}

test('a member finds a place, asks to visit it, the referent accepts from the mail, the trip is in the agenda', async () => {
  const adminToken = await login(adminAccount.email, adminAccount.password)
  await ensureGroup(adminToken, { asMember: true })
  const tag = unique('')
  const name = `Médiathèque de la Canopée ${tag}`
  const referentEmail = `referente.${tag}@mediatheque.test`
  await api('/places', {
    method: 'POST',
    token: adminToken,
    body: {
      name, kind: 'MEDIATHEQUE_TIERS_LIEU', description: 'Une médiathèque avec un fablab et une grainothèque.',
      address: '10 passage de la Canopée', postcode: '75001', city: 'Paris', latitude: 48.8619, longitude: 2.3466,
      visitsWelcome: true, themes: ['FABLAB'], openingHours: 'Tu-Sa 10:00-19:00',
      referent: { name: 'Claire', role: 'Directrice', email: referentEmail, phone: '01 02 03 04 05' },
    },
  })
  const m = await member('visiteuse.', 'Valérie, médiathèque de Vitré')

  // M finds the place in the directory's list, by text.
  const page = await newPage(browser)
  await signIn(page, m)
  await page.getByRole('navigation').getByRole('link', { name: 'Lieux' }).click()
  await page.getByRole('heading', { level: 1, name: 'Lieux' }).waitFor()
  await page.getByLabel('Rechercher').fill(`Canopée ${tag}`)
  await page.getByRole('button', { name: 'Filtrer' }).click()
  const link = page.getByRole('link', { name })
  await link.waitFor()
  await page.getByRole('heading', { level: 2, name: '1 lieu' }).waitFor()
  await accessibleAtBothWidths(page, 'places list')
  await link.click()
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await page.getByText('Claire — Directrice').waitFor()
  const sheet = await page.getByRole('main').textContent()
  assert.ok(!sheet.includes(referentEmail), "the referent's e-mail is never shown")
  assert.ok(!sheet.includes('01 02 03 04 05'), "the referent's phone is never shown")
  await accessibleAtBothWidths(page, 'place sheet')

  // M asks to visit, for the group.
  const day = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10)
  await page.getByLabel('Date 1').fill(day)
  await page.getByLabel(/Nombre de personnes/).fill('5')
  await page.getByLabel(/Message au ou à la référente/).fill('Nous aimerions voir votre fablab en fonctionnement.')
  await page.getByRole('button', { name: 'Envoyer la demande' }).click()
  await page.getByText(/Demande envoyée/).waitFor()

  // The referent answers from the mail, without an account.
  const mail = await waitForMail(referentEmail, 'Demande de visite')
  assert.ok(mail.text.includes('Nous aimerions voir votre fablab'), 'the mail carries the message')
  const referent = await newPage(browser)
  await referent.goto(linkIn(mail, '/visit-requests/answer'))
  await referent.getByRole('heading', { level: 1, name: 'Répondre à une demande' }).waitFor()
  await referent.getByText(`Valérie, médiathèque de Vitré aimerait visiter « ${name} » avec un groupe de 5 personne(s).`).waitFor()
  await accessibleAtBothWidths(referent, 'visit answer')
  await referent.getByLabel('Date', { exact: true }).fill(day)
  await referent.getByLabel('Début').fill('10:00')
  await referent.getByLabel('Fin').fill('12:30')
  await referent.getByRole('button', { name: 'Accepter et fixer la date' }).click()
  await referent.getByText(/La visite est inscrite à l'agenda du groupe/).waitFor()
  await referent.context().close()

  // M is told, with the referent's address now, and finds the learning trip in the group's agenda.
  const accepted = await waitForMail(m.email, 'Votre demande a été acceptée')
  assert.ok(accepted.text.includes(referentEmail), 'once accepted, the requester gets the referent’s address')
  await page.goto(`${spaUrl}/groups/${group.slug}/agenda`)
  const trip = page.getByRole('link', { name: `Voyage apprenant : ${name}` })
  await trip.waitFor()
  await trip.click()
  await page.getByRole('heading', { level: 1, name: `Voyage apprenant : ${name}` }).waitFor()
  await page.getByText('10 passage de la Canopée').first().waitFor()
  const { data: mine } = await api('/me/visit-requests', { token: m.token })
  assert.equal(mine.items[0].status, 'ACCEPTED')
  assert.equal(mine.items[0].referentEmail, referentEmail)
  const { data: meeting } = await api(`/meetings/${mine.items[0].meetingId}`, { token: m.token })
  assert.equal(meeting.kind, 'LEARNING_TRIP')
  assert.equal(meeting.myResponse, 'YES')
  await page.context().close()
})
