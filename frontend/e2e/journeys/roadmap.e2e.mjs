// The roadmap ("feuille de route") as the group lives it: a coordinator sets an axis and an action "activable"
// (within our reach); a member who was not in the room opens the board, understands it, and takes the action up
// ("Je m'en empare"); the coordinator moves it to "en cours" from the action page's form; the member's header bell
// rises live (SSE, no reload) with the status change, the board shows the new badge and the history says who moved
// it. Runs after onboarding.e2e.mjs (the group exists, OPEN, and the admin coordinates it); unique titles keep it
// working on a database that already has a roadmap.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import {
  launch, newPage, expectAccessible, waitForMail, linkIn, unique, spaUrl, apiUrl, adminAccount,
} from '../support/browser.mjs'
import { api, ensureGroup, escapeRegExp, group, member, password, session, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('a coordinator sets an action within reach, a member takes it up, a status change reaches them live', async () => {
  const admin = await session(adminAccount.email, adminAccount.password)
  await ensureGroup(admin.accessToken)
  const coordinatorName = admin.user.displayName
  const tag = unique('')
  const axisTitle = `Visibiliser les médiathèques tiers-lieux ${tag}`
  const actionTitle = `Intégration des médiathèques dans la carte des tiers-lieux ${tag}`

  // The coordinator writes the axis and its action through the API; the action gets its discussion thread.
  const { data: axis } = await api(`/groups/${group.slug}/roadmap/axes`, {
    method: 'POST',
    token: admin.accessToken,
    body: { title: axisTitle, description: 'Faire connaître les médiathèques tiers-lieux dans le réseau.' },
  })
  const { data: action } = await api(`/roadmap/axes/${axis.id}/actions`, {
    method: 'POST',
    token: admin.accessToken,
    body: { title: actionTitle, description: 'Avec l’ANTL : nos lieux sur la carte des tiers-lieux.', status: 'ACTIONABLE' },
  })
  assert.equal(action.status, 'ACTIONABLE')
  assert.ok(action.threadId, 'the action has its discussion thread')
  const actionPath = `/groups/${group.slug}/roadmap/actions/${action.id}`

  // V joins, signs in, finds the roadmap from the group page.
  const v = await member('vera.', 'Véra, médiathèque de Rillieux')
  const page = await newPage(browser)
  await signIn(page, v)
  await page.goto(`${spaUrl}/groups/${group.slug}`)
  await page.getByRole('heading', { level: 1, name: group.name }).waitFor()
  await page.getByRole('link', { name: 'Voir la feuille de route' }).click()
  await page.getByRole('heading', { level: 1, name: `Feuille de route · ${group.name}` }).waitFor()
  const axisRegion = page.getByRole('region', { name: axisTitle })
  await axisRegion.getByRole('img', { name: `${axisTitle} : 1 activable, 0 en attente, 0 en cours, 0 réalisées, 0 abandonnées` }).waitFor()
  const card = axisRegion.getByRole('article').filter({ hasText: actionTitle })
  await card.getByText('Activable', { exact: true }).waitFor()
  await card.getByText('À notre portée').waitFor()
  await expectAccessible(page, 'roadmap board')

  // V opens the action and takes it up.
  await card.getByRole('link', { name: actionTitle }).click()
  await page.waitForURL(`**${actionPath}`)
  await page.getByRole('heading', { level: 1, name: actionTitle }).waitFor()
  await page.getByRole('button', { name: "Je m'en empare" }).click()
  await page.getByRole('button', { name: 'Je ne porte plus cette action' }).waitFor()
  await page.getByText('Vous portez cette action.').waitFor()
  await page.getByRole('button', { name: /Notifications de la discussion : Surveiller/ }).waitFor()
  await page.getByRole('link', { name: /^Discussion/ }).waitFor()
  await expectAccessible(page, 'roadmap action page')
  const header = page.getByRole('banner')
  await header.getByRole('button', { name: 'Notifications', exact: true }).waitFor()

  // The coordinator, in another browser, moves the action from "activable" to "en cours" with the edit form.
  const coordinator = await newPage(browser)
  await signIn(coordinator, adminAccount)
  await coordinator.goto(`${spaUrl}/groups/${group.slug}/roadmap`)
  const managed = coordinator.getByRole('region', { name: axisTitle })
  await managed.getByRole('button', { name: `Monter « ${actionTitle} »` }).waitFor()
  await managed.getByText('Ajouter une action').click()
  await managed.getByLabel("Intitulé de l'action").waitFor()
  await coordinator.getByRole('heading', { name: 'Ajouter un axe' }).waitFor()
  await expectAccessible(coordinator, 'roadmap board (coordinator tools)')
  await coordinator.goto(`${spaUrl}${actionPath}`)
  await coordinator.getByRole('heading', { level: 1, name: actionTitle }).waitFor()
  await coordinator.getByText('Véra, médiathèque de Rillieux', { exact: true }).waitFor()
  const form = coordinator.getByRole('region', { name: "Modifier l'action" })
  const status = form.getByLabel('Statut')
  assert.equal(await status.inputValue(), 'ACTIONABLE')
  await status.selectOption({ label: 'En cours' })
  await form.getByRole('button', { name: 'Enregistrer les modifications' }).click()
  await coordinator.getByText('Action enregistrée.').waitFor()
  await expectAccessible(coordinator, 'roadmap action page (coordinator)')
  await coordinator.context().close()

  // Without any reload, V's bell rises and its dropdown shows the status change.
  const bell = header.getByRole('button', { name: 'Notifications (1 non lue)' })
  await bell.waitFor({ timeout: 20_000 })
  await bell.click()
  const panel = page.locator('#notifications-panel')
  const notification = panel.getByRole('link', { name: new RegExp(`${escapeRegExp(actionTitle)}.*de activable à en cours`) })
  await notification.waitFor()
  assert.equal(await notification.getAttribute('href'), actionPath)
  await panel.getByText(/Feuille de route ·/).waitFor()

  // The board shows the new badge.
  await page.keyboard.press('Escape')
  await page.goto(`${spaUrl}/groups/${group.slug}/roadmap`)
  const updatedCard = page.getByRole('region', { name: axisTitle }).getByRole('article').filter({ hasText: actionTitle })
  await updatedCard.getByText('En cours', { exact: true }).waitFor()
  assert.equal(await updatedCard.getByText('À notre portée').count(), 0)
  await updatedCard.getByText('Porté par : Véra, médiathèque de Rillieux').waitFor()

  // The action's history tells who moved it, in plain French.
  await updatedCard.getByRole('link', { name: actionTitle }).click()
  await page.getByRole('heading', { level: 1, name: actionTitle }).waitFor()
  const history = page.getByRole('region', { name: 'Historique' })
  await history.getByText(new RegExp(`^activable → en cours, le .+ par ${escapeRegExp(coordinatorName)}$`)).waitFor()
  await history.getByText(/^Véra, médiathèque de Rillieux s'est emparé·e de l'action, le /).waitFor()
  await page.context().close()
})
