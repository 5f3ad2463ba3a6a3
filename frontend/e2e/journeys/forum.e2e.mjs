// The forum as the group lives it: two members of "GT médiathèques tiers-lieux"; A watches "Vie du groupe" with the
// bell, B opens a thread there, A's header bell rises live (SSE, no reload) and A gets the e-mail; A opens the thread
// from the notification and answers with an @mention, checked in the preview first; the search finds the thread
// without accents. Runs after onboarding.e2e.mjs (same database, the group exists and is OPEN).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import {
  launch, newPage, expectAccessible, waitForMail, linkIn, unique, spaUrl, apiUrl, adminAccount,
} from '../support/browser.mjs'
import { api, ensureGroup, escapeRegExp, group, login, member, password, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('watching a category, a live notification, a mail, a reply with a mention, and an accent-free search', async () => {
  await ensureGroup(await login(adminAccount.email, adminAccount.password))
  const a = await member('audrey.', 'Audrey, médiathèque de Lodève')
  const b = await member('bruno.', 'Bruno, réseau de la baie')
  const tag = unique('')
  const title = `Séance de retrouvailles à Mézières ${tag}`

  // A opens the forum from the group page and watches "Vie du groupe".
  const page = await newPage(browser)
  await signIn(page, a)
  await page.goto(`${spaUrl}/groups/${group.slug}`)
  await page.getByRole('heading', { level: 1, name: group.name }).waitFor()
  await page.getByRole('link', { name: 'Ouvrir le forum' }).click()
  await page.getByRole('heading', { level: 1, name: `Forum · ${group.name}` }).waitFor()
  await page.getByRole('link', { name: 'Vie du groupe' }).waitFor()
  await expectAccessible(page, 'forum')

  await page.getByRole('link', { name: 'Vie du groupe' }).click()
  await page.getByRole('heading', { level: 1, name: 'Vie du groupe' }).waitFor()
  await expectAccessible(page, 'thread list')

  const bell = page.getByRole('button', { name: /Notifications de la rubrique/ })
  await bell.focus()
  await page.keyboard.press('Enter')
  await page.getByRole('menu').waitFor()
  await expectAccessible(page, 'bell menu open')
  await page.getByRole('menuitemradio', { name: 'Surveiller' }).click()
  await page.getByRole('button', { name: /Notifications de la rubrique : Surveiller/ }).waitFor()
  assert.equal(await page.getByRole('menu').count(), 0)
  const header = page.getByRole('banner')
  await header.getByRole('button', { name: 'Notifications', exact: true }).waitFor()

  // B opens a thread in "Vie du groupe" through the API, mentioning nobody.
  const body = [
    'Bonjour à toutes et tous,',
    '',
    'Nous vous proposons une **séance de retrouvailles / intégration** le 14 novembre à partir de 13h en visio, puis d’avancer sur :',
    '',
    '- Intégration des médiathèques dans la carte des tiers-lieux (activable)',
    '- Organiser des voyages apprenants (en attente)',
    '',
    'Le compte rendu de la feuille de route est sur [le site de l’ANTL](https://example.org/feuille-de-route).',
  ].join('\n')
  const { data: thread } = await api(`/groups/${group.slug}/threads`, {
    method: 'POST',
    token: b.token,
    body: { category: 'vie-du-groupe', title, body },
  })
  assert.ok(thread.id, 'the new thread has an id')

  // Without any reload, A's header bell rises to 1 and its dropdown shows the thread.
  const headerBell = header.getByRole('button', { name: 'Notifications (1 non lue)' })
  await headerBell.waitFor({ timeout: 20_000 })
  await headerBell.click()
  const panel = page.locator('#notifications-panel')
  const notificationLink = panel.getByRole('link', { name: new RegExp(escapeRegExp(title)) })
  await notificationLink.waitFor()

  // A's mail arrives too (A watches the category).
  const mail = await waitForMail(a.email, title)
  assert.match(mail.text, new RegExp(`/threads/${thread.id}`))

  // A opens the thread from the notification.
  await notificationLink.click()
  await page.waitForURL(`**/threads/${thread.id}**`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.getByRole('link', { name: 'le site de l’ANTL' }).waitFor()
  await page.getByRole('main').getByText('Organiser des voyages apprenants (en attente)', { exact: true }).waitFor()
  await header.getByRole('button', { name: 'Notifications', exact: true }).waitFor()
  await expectAccessible(page, 'thread view')

  // A answers B with a mention, picked from the suggestions with Enter (the first one is preselected), and checks the
  // preview once. The open list sits in the flow: it never covers the "Publier la réponse" button.
  const editor = page.getByRole('textbox', { name: 'Votre réponse' })
  await editor.click()
  await editor.pressSequentially(`Merci pour l'annonce ! @${b.username}`)
  const suggestions = page.getByRole('listbox', { name: 'Personnes à mentionner' })
  const option = suggestions.getByRole('option', { name: new RegExp(escapeRegExp(b.username)) })
  await option.waitFor()
  assert.equal(await editor.getAttribute('aria-activedescendant'), await suggestions.getByRole('option').first().getAttribute('id'))
  const listBox = await suggestions.boundingBox()
  const publishBox = await page.getByRole('button', { name: 'Publier la réponse' }).boundingBox()
  assert.ok(listBox.y + listBox.height <= publishBox.y, 'the suggestions do not cover the Publish button')
  await editor.press('Enter')
  assert.equal(await editor.inputValue(), `Merci pour l'annonce ! @${b.username} `, 'Enter chose the person, no new line')
  await editor.pressSequentially('je serai là le **14 novembre**.')

  await page.getByRole('tab', { name: 'Aperçu' }).click()
  const preview = page.getByRole('tabpanel', { name: 'Aperçu' })
  await preview.locator('strong', { hasText: '14 novembre' }).waitFor()
  await expectAccessible(page, 'reply preview')
  await page.getByRole('tab', { name: 'Écrire' }).click()
  await page.getByRole('button', { name: 'Publier la réponse' }).click()

  const reply = page.locator('article', { hasText: 'je serai là le' })
  await reply.waitFor()
  await reply.getByRole('heading', { name: a.displayName }).waitFor()
  await reply.locator('strong', { hasText: '14 novembre' }).waitFor()
  // The mention is a link to B's page.
  const mentionLink = reply.getByRole('link', { name: `@${b.username}` })
  assert.match(await mentionLink.getAttribute('href'), /^\/members\/\d+$/)

  // B is told about the mention, in B's own browser: the bell counts it, its entry says so and opens A's reply.
  const pageB = await newPage(browser)
  await signIn(pageB, b)
  const bellB = pageB.getByRole('banner').getByRole('button', { name: /^Notifications \(\d+ non lues?\)$/ })
  await bellB.waitFor({ timeout: 20_000 })
  await bellB.click()
  const mention = pageB.locator('#notifications-panel')
    .getByRole('link', { name: new RegExp(`vous a mentionné·e dans « ${escapeRegExp(title)} »`) })
  await mention.waitFor({ timeout: 20_000 })
  assert.match(await mention.getAttribute('href'), new RegExp(`^/threads/${thread.id}`))
  await mention.click()
  await pageB.waitForURL(`**/threads/${thread.id}**`)
  await pageB.locator('article', { hasText: 'je serai là le' }).waitFor()
  await pageB.context().close()

  // The search finds the thread with a query without accents.
  await page.goto(`${spaUrl}/groups/${group.slug}/forum`)
  await page.getByRole('searchbox', { name: 'Rechercher dans le forum' }).fill(`seance retrouvailles mezieres`)
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await page.getByRole('heading', { level: 1, name: 'Recherche' }).waitFor()
  await page.getByRole('link', { name: title }).first().waitFor()
  await expectAccessible(page, 'search results')
  await page.context().close()
})
