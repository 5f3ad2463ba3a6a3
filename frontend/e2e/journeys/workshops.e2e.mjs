// A mutual-aid workshop ("atelier d'entraide") with one seat left, as the group lives it: A and B, each in their own
// browser, sign up; A gets the last seat ("confirmé·e"), B goes on the waiting list (position 1); A withdraws and
// B is promoted: B's page shows "confirmé·e" live, without a reload, and B's e-mail arrives. The workshop starts in
// 25 minutes, so its page opens on the live session; its tabs (Infos · Participant·es · Séance) pass axe at 1280 and
// 390 px wide, without horizontal scrolling.
// Works on its own (creates the group if the onboarding journey has not).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import {
  launch, newPage, expectAccessible, waitForMail, linkIn, unique, spaUrl, apiUrl, adminAccount,
} from '../support/browser.mjs'
import { api, ensureGroup, group, login, member, password, session, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('the last seat of a workshop, the waiting list and the promotion when a seat frees up', async () => {
  const admin = await login(adminAccount.email, adminAccount.password)
  await ensureGroup(admin)

  // The workshop comes first (its discussion thread opens before anyone below joins): two seats, in 25 minutes, so
  // its live session is already open on the page (it opens 30 minutes before the start).
  const title = `Atelier d'entraide : accueillir les habitants ${unique('')}`
  const startsAt = new Date(Date.now() + 25 * 60_000)
  startsAt.setUTCSeconds(0, 0)
  const endsAt = new Date(startsAt.getTime() + 2 * 3600_000)
  const { data: workshop } = await api(`/groups/${group.slug}/workshops`, {
    method: 'POST',
    token: admin,
    body: {
      title,
      description: 'Chacun·e apporte une problématique ; le groupe en choisit une.',
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      timezone: 'Europe/Paris',
      onlineUrl: 'https://meet.jit.si/atelier-entraide-tiers-lieux',
      capacity: 2,
    },
  })
  assert.equal(workshop.capacity, 2)

  const a = await member('aurelie.', 'Aurélie, médiathèque de Lodève')
  const b = await member('bruno.', 'Bruno, réseau de la baie')
  const c = await member('celine.', 'Céline, Rillieux-la-Pape')
  const { data: cRegistration } = await api(`/workshops/${workshop.id}/registrations`, { method: 'POST', token: c.token })
  assert.equal(cRegistration.status, 'CONFIRMED')
  const { data: oneLeft } = await api(`/workshops/${workshop.id}`, { token: a.token })
  assert.equal(oneLeft.seatsLeft, 1, 'one seat is left')

  const workshopUrl = `${spaUrl}/groups/${group.slug}/workshops/${workshop.id}`
  const pageA = await newPage(browser)
  const pageB = await newPage(browser)
  await signIn(pageA, a)
  await signIn(pageB, b)

  // A finds the workshop in the group's list, with its seats in words, and opens it.
  await pageA.goto(`${spaUrl}/groups/${group.slug}/workshops`)
  await pageA.getByRole('heading', { level: 1, name: `Ateliers d'entraide · ${group.name}` }).waitFor()
  const card = pageA.locator('article', { has: pageA.getByRole('link', { name: title }) })
  await card.getByText('1 place libre sur 2').waitFor()
  await card.getByText('Pas inscrit·e').waitFor()
  await expectAccessible(pageA, 'workshop list')
  await card.getByRole('link', { name: title }).click()
  await pageA.waitForURL(`**/workshops/${workshop.id}`)
  await pageA.getByRole('heading', { level: 1, name: title }).waitFor()
  // About to start: the page opens on the live session; the details are one tab away.
  await pageA.getByRole('tab', { name: 'Séance', selected: true }).waitFor()
  await pageA.getByRole('region', { name: 'Séance en direct' }).waitFor()
  await expectAccessible(pageA, 'workshop page (session tab)')
  await pageA.getByRole('tab', { name: 'Infos' }).click()
  await pageA.getByRole('link', { name: /Rejoindre la visio/ }).waitFor()

  await pageB.goto(`${workshopUrl}?tab=infos`)
  await pageB.getByRole('heading', { level: 1, name: title }).waitFor()

  // A takes the last seat.
  await pageA.getByRole('button', { name: "S'inscrire", exact: true }).click()
  await pageA.getByText('Inscrit·e — confirmé·e').waitFor()
  await pageA.getByRole('button', { name: 'Se désinscrire', exact: true }).waitFor()
  await pageA.getByText('Complet', { exact: true }).first().waitFor()

  // B signs up on a full workshop: waiting list, position 1 — never "confirmé·e".
  // (B's page was opened before A signed up: the server, not the page, decides who gets the seat.)
  await pageB.getByRole('button', { name: "S'inscrire", exact: true }).click()
  await pageB.getByText("Liste d'attente — position 1").waitFor()
  assert.equal(await pageB.getByText('Inscrit·e — confirmé·e').count(), 0, 'a waitlisted person never reads "confirmé·e"')
  await pageB.getByRole('tab', { name: 'Participant·es' }).click()
  await pageB.getByRole('list', { name: "Liste d'attente" }).getByText(b.displayName).waitFor()
  await expectAccessible(pageB, 'workshop page (participants tab, waiting list)')
  await pageB.getByRole('tab', { name: 'Infos' }).click()
  await expectAccessible(pageA, 'workshop page (infos tab, confirmed)')

  // A withdraws from a full workshop: it asks first (the seat goes to the waitlist); the seat goes to B.
  await pageA.getByRole('button', { name: 'Se désinscrire', exact: true }).click()
  const leave = pageA.getByRole('alertdialog', { name: 'Laisser votre place ?' })
  await leave.waitFor()
  await expectAccessible(pageA, 'leave-a-full-workshop confirmation')
  await leave.getByRole('button', { name: 'Se désinscrire' }).click()
  await pageA.getByText('Pas inscrit·e').waitFor()
  await pageA.getByRole('button', { name: "S'inscrire", exact: true }).waitFor()

  // B's page follows the promotion live, through the bell's stream: no reload, or the journey fails.
  await pageB.getByText('Inscrit·e — confirmé·e').waitFor({ timeout: 15_000 })
  assert.equal(await pageB.getByText(/Liste d'attente — position/).count(), 0)

  const waitlisted = await waitForMail(b.email, title, 20_000, /liste d'attente/)
  assert.match(waitlisted.text, /liste d'attente .* \(position 1\)/, 'the sign-up onto the waitlist was told with its position')
  const mail = await waitForMail(b.email, title, 20_000, /Une place s'est libérée/)
  assert.match(mail.text, /confirmée/, 'the promotion e-mail says the seat is confirmed')
  assert.match(mail.text, new RegExp(`/groups/${group.slug}/workshops/${workshop.id}`))

  // The facilitator's view (session controls, problems, record, management panel, "⋯" menus) passes axe too.
  const pageAdmin = await newPage(browser)
  await signIn(pageAdmin, adminAccount)
  await pageAdmin.goto(workshopUrl)
  await pageAdmin.getByRole('button', { name: 'Lancer la phase' }).click()
  await pageAdmin.getByText('Phase en cours : Exposé').waitFor()
  await pageB.getByRole('tab', { name: 'Séance' }).click()
  await pageB.getByText('Phase en cours : Exposé').waitFor() // live, through the session stream
  await expectAccessible(pageAdmin, 'workshop page (facilitator, session tab)')
  await pageAdmin.getByRole('tab', { name: 'Participant·es' }).click()
  await pageAdmin.getByRole('heading', { level: 2, name: "Gestion de l'atelier" }).waitFor()
  await pageAdmin.getByRole('list', { name: 'Confirmé·es' }).getByText(b.displayName, { exact: true }).waitFor()
  await pageAdmin.getByRole('button', { name: `Plus d'actions : ${b.displayName}` }).click()
  await pageAdmin.getByRole('menuitem', { name: "Retirer de l'atelier…" }).waitFor()
  await expectAccessible(pageAdmin, 'participant "⋯" menu')
  await pageAdmin.keyboard.press('Escape')
  await pageAdmin.getByRole('tab', { name: 'Compte rendu' }).click()
  await pageAdmin.getByRole('button', { name: /Enregistrer le compte rendu/ }).waitFor()
  await expectAccessible(pageAdmin, 'workshop page (facilitator, participants and record tabs)')

  await pageA.context().close()
  await pageB.context().close()
  await pageAdmin.context().close()
})
