// Moderation as the group lives it: a member reads a message that is plain advertising and reports it ("Signaler")
// from the thread, by keyboard, in a dialog; the coordinator opens the group's "Modération" queue, sees the report
// with the message's excerpt and hides it ("Masquer"); the decision is in the group's administration log; the
// reporter's bell tells them the outcome and its link leads to the thread, where the message is now "masqué par la
// modération" and its text is gone. Runs after onboarding.e2e.mjs (the group exists, OPEN, and the admin coordinates
// it); unique texts keep it working on a database that already has reports.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPage, expectAccessible, unique, spaUrl, adminAccount } from '../support/browser.mjs'
import { api, ensureGroup, escapeRegExp, group, member, session, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

test('a member reports a post, a coordinator hides it from the queue, the reporter sees the outcome', async () => {
  const admin = await session(adminAccount.email, adminAccount.password)
  await ensureGroup(admin.accessToken)
  const author = await member('vendeur.', 'Vendeur de montres')
  const reporter = await member('camille.', 'Camille, médiathèque de Saint-Affrique')
  const tag = unique('')
  const title = `Partage d'outils de médiation ${tag}`
  const spam = `Montres de luxe à prix cassés ${tag}, cliquez vite !`

  const { data: thread } = await api(`/groups/${group.slug}/threads`, {
    method: 'POST',
    token: author.token,
    body: { category: 'vie-du-groupe', title, body: 'Quels outils utilisez-vous pour les ateliers numériques ?' },
  })
  const { data: post } = await api(`/threads/${thread.id}/posts`, { method: 'POST', token: author.token, body: { body: spam } })

  // The member reports the message, by keyboard, from the thread.
  const page = await newPage(browser)
  await signIn(page, reporter)
  await page.goto(`${spaUrl}/threads/${thread.id}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  const spamPost = page.locator(`#post-${post.id}`)
  await spamPost.getByText(spam).waitFor()
  const reportButton = spamPost.getByRole('button', { name: /^Signaler/ })
  await reportButton.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Signaler ce message' })
  await dialog.waitFor()
  await expectAccessible(page, 'report dialog')
  await dialog.getByRole('radio', { name: 'Pourriel ou publicité' }).focus()
  await page.keyboard.press('Space')
  assert.ok(await dialog.getByRole('radio', { name: 'Pourriel ou publicité' }).isChecked())
  await dialog.getByRole('textbox', { name: /Un mot pour les soucieux·ses/ }).fill('Publicité sans rapport avec le groupe.')
  await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click()
  await page.getByRole('status').filter({ hasText: 'votre signalement est transmis' }).waitFor()
  assert.equal(await dialog.count(), 0, 'the dialog closes')
  await spamPost.getByText('Vous avez signalé ce message').waitFor()
  assert.equal(await spamPost.getByRole('button', { name: /^Signaler/ }).count(), 0, 'a post is reported once')
  await expectAccessible(page, 'thread after a report')

  // The coordinator hides it from the group's moderation queue.
  const coordinator = await newPage(browser)
  await signIn(coordinator, adminAccount)
  await coordinator.goto(`${spaUrl}/groups/${group.slug}/admin`)
  await coordinator.getByRole('link', { name: 'Modération', exact: true }).click()
  await coordinator.getByRole('heading', { level: 1, name: `Modération — ${group.name}` }).waitFor()
  const item = coordinator.getByRole('listitem').filter({ hasText: spam })
  await item.waitFor()
  await item.getByText(/Camille, médiathèque de Saint-Affrique : Pourriel ou publicité/).waitFor()
  await expectAccessible(coordinator, 'moderation queue')
  await item.getByRole('button', { name: /^Masquer/ }).click()
  await coordinator.getByRole('status').filter({ hasText: 'est masqué' }).waitFor()
  await item.getByText('Masqué par la modération').waitFor()

  await coordinator.getByLabel('Afficher').selectOption({ label: 'Conservés' })
  await coordinator.getByText('Aucun signalement').waitFor()
  await expectAccessible(coordinator, 'empty moderation queue')

  await coordinator.goto(`${spaUrl}/groups/${group.slug}/admin`)
  await coordinator.getByRole('link', { name: "Journal d'administration" }).click()
  await coordinator.getByRole('heading', { level: 1, name: `Journal d'administration — ${group.name}` }).waitFor()
  await coordinator.getByRole('rowheader', { name: /Message masqué/ }).first().waitFor()
  await expectAccessible(coordinator, 'group audit log')

  // The reporter hears the outcome in the bell, and its link shows the message hidden.
  await page.goto(`${spaUrl}/notifications`)
  const outcome = page.getByRole('link', { name: new RegExp(`${escapeRegExp(title)}.*masqué le message`) })
  await outcome.waitFor()
  await expectAccessible(page, 'notifications with the outcome')
  await outcome.click()
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await spamPost.getByText('Message masqué par la modération.').waitFor()
  assert.equal(await page.getByText(spam).count(), 0, 'the hidden text is not shown to the reporter')
  await expectAccessible(page, 'thread with a hidden post')
  await coordinator.close()
  await page.close()
})
