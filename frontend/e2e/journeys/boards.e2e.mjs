// The idea board, as the group used Klaxoon: the coordinator opens a board; Ana adds and moves cards while Bruno,
// in another browser, sees them arrive live (SSE, no reload); both spend their dots; the facilitator reveals the
// votes and closes the board; a card becomes a roadmap action whose description links back to the board, and the
// card links to the action. Works alone (ensureGroup) or after onboarding.e2e.mjs; unique titles keep it re-runnable.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, expectAccessible, unique, spaUrl, adminAccount } from '../support/browser.mjs'
import { api, ensureGroup, group, member, session, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('two members build a board live, vote, and the facilitator closes it and turns a card into an action', async () => {
  const admin = await session(adminAccount.email, adminAccount.password)
  await ensureGroup(admin.accessToken, { asMember: true })
  const tag = unique('')
  const boardTitle = `Atelier feuille de route ${tag}`
  const axisTitle = `Visibiliser les médiathèques ${tag}`
  await api(`/groups/${group.slug}/roadmap/axes`, { method: 'POST', token: admin.accessToken, body: { title: axisTitle } })
  const ana = await member('ana.', 'Ana, médiathèque de Vaulx')
  const bruno = await member('bruno.', 'Bruno, médiathèque de Bron')

  // The coordinator opens the board from the group's list of boards.
  const facilitator = await newPage(browser)
  await signIn(facilitator, adminAccount)
  await facilitator.goto(`${spaUrl}/groups/${group.slug}`)
  await facilitator.getByRole('link', { name: "Tableaux d'idées" }).click()
  await facilitator.getByRole('button', { name: 'Nouveau tableau' }).click()
  await facilitator.getByRole('textbox', { name: /^Titre/ }).fill(boardTitle)
  await facilitator.getByRole('textbox', { name: /Question posée/ }).fill('Que faire des médiathèques ?')
  await facilitator.getByRole('button', { name: 'Ouvrir le tableau' }).click()
  await facilitator.getByRole('heading', { level: 1, name: boardTitle }).waitFor()
  const boardUrl = facilitator.url()
  const boardId = Number(boardUrl.split('/').pop())
  assert.ok(boardId > 0)

  // Ana and Bruno open it, each in their own browser.
  const a = await newPage(browser)
  await signIn(a, ana)
  await a.goto(boardUrl)
  await a.getByRole('heading', { level: 1, name: boardTitle }).waitFor()
  const b = await newPage(browser)
  await signIn(b, bruno)
  await b.goto(boardUrl)
  await b.getByRole('heading', { level: 1, name: boardTitle }).waitFor()
  await b.getByText('en direct').waitFor()
  await a.getByText('en direct').waitFor()
  await expectAccessible(b, 'idea board')

  // Ana adds two cards; Bruno sees them arrive without reloading.
  const first = `Les médiathèques manquent sur la carte ${tag}`
  const second = `Personne ne sait qui contacter ${tag}`
  for (const text of [first, second]) {
    await a.getByRole('textbox', { name: 'Nouvelle carte dans « Constats »' }).fill(text)
    await a.getByRole('button', { name: 'Ajouter' }).first().click()
    await a.getByRole('list', { name: /^Constats/ }).getByRole('article', { name: text }).waitFor()
  }
  await b.getByRole('list', { name: /^Constats/ }).getByRole('article', { name: second }).waitFor()

  // Ana moves the first card to "Idées" with the keyboard button; Bruno sees it there.
  await a.getByRole('button', { name: `Déplacer « ${first} » vers la colonne de droite` }).click()
  await a.getByText(`« ${first} » est dans Idées, position 1 sur 1.`).waitFor()
  await b.getByRole('list', { name: /^Idées/ }).getByRole('article', { name: first }).waitFor()
  assert.equal(await b.getByRole('list', { name: /^Constats/ }).getByRole('article', { name: first }).count(), 0)

  // Both vote; the counts stay hidden until the facilitator reveals them.
  await a.getByRole('button', { name: `Voter ${first}` }).click()
  await a.getByText('Votes restants : 2 sur 3').waitFor()
  await b.getByRole('button', { name: `Voter ${first}` }).click()
  await b.getByRole('button', { name: `Voter ${second}` }).click()
  await b.getByText('Votes restants : 1 sur 3').waitFor()
  await facilitator.reload()
  await facilitator.getByRole('button', { name: 'Révéler les votes' }).click()
  const ideas = b.getByRole('list', { name: /^Idées/ })
  await ideas.getByRole('article', { name: first }).getByText('2 votes').waitFor()

  // The facilitator closes the board: read-only for everyone, live.
  await facilitator.getByRole('button', { name: 'Fermer le tableau' }).click()
  await facilitator.getByRole('alertdialog').getByRole('button', { name: 'Fermer le tableau' }).click()
  await facilitator.getByText('Ce tableau est fermé : il se lit, il ne change plus.').waitFor()
  await b.getByText('Ce tableau est fermé : il se lit, il ne change plus.').waitFor()
  assert.equal(await b.getByRole('button', { name: `Voter ${first}` }).count(), 0)

  // The summary tells who took part; the first card becomes a roadmap action, linked both ways.
  await b.getByRole('tab', { name: 'Synthèse' }).click()
  await b.getByText(/Ana, médiathèque de Vaulx/).first().waitFor()
  await expectAccessible(b, 'idea board summary')
  await facilitator.getByRole('button', { name: `Faire une action ou un fil : ${first}` }).click()
  const dialog = facilitator.getByRole('dialog', { name: 'Donner suite à la carte' })
  await dialog.getByLabel('Axe de la feuille de route').selectOption({ label: axisTitle })
  await dialog.getByRole('button', { name: 'Créer' }).click()
  await facilitator.getByText(`« ${first} » est devenue une action de la feuille de route.`).waitFor()
  await facilitator.getByRole('link', { name: "Voir l'action de la feuille de route" }).click()
  await facilitator.getByRole('heading', { level: 1, name: first }).waitFor()
  await facilitator.getByText(`/groups/${group.slug}/boards/${boardId}`, { exact: false }).waitFor()

  // The history says who added and moved what.
  await a.getByRole('tab', { name: 'Historique' }).click()
  await a.getByText(`Ana, médiathèque de Vaulx a déplacé « ${first} » de Constats vers Idées`, { exact: false }).waitFor()
  await a.context().close()
  await b.context().close()
  await facilitator.context().close()
})
