// Choosing a date together, Framadate-style, as the group did for its "séance de retrouvailles / intégration":
// the coordinator opens a poll with three dates; a member M answers oui to the second date and non to the others
// in the grid; the coordinator closes the poll into a meeting through the closing dialog; M finds the meeting in
// the group agenda, opens it and downloads its .ics. M, who said oui, is told through the bell; N, who said non, is not. Runs on its own: it creates the group when it is missing.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
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

/** How the meeting page writes a slot: "samedi 14 novembre 2026, 13:00–15:00 (heure de Paris)". */
function meetingWhen({ startsAt, endsAt }) {
  const zone = { timeZone: 'Europe/Paris' }
  const day = new Intl.DateTimeFormat('fr-FR', { ...zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const time = new Intl.DateTimeFormat('fr-FR', { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))} (heure de Paris)`
}

/** The accessible name the grid gives a date option: "Samedi 14 nov. 13:00" (Paris time). */
function optionName(startsAt) {
  const zone = { timeZone: 'Europe/Paris' }
  const day = new Intl.DateTimeFormat('fr-FR', { ...zone, weekday: 'long', day: 'numeric', month: 'short' }).format(new Date(startsAt))
  const time = new Intl.DateTimeFormat('fr-FR', { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(startsAt))
  return `${day.charAt(0).toLocaleUpperCase()}${day.slice(1)} ${time}`
}


test('a date poll answered in the grid, closed into a meeting, found in the agenda and added to a calendar', async () => {
  const adminToken = await login(adminAccount.email, adminAccount.password)
  await ensureGroup(adminToken, { asMember: true })
  const m = await member('mathilde.', 'Mathilde, médiathèque de Mézières')
  const n = await member('nadia.', 'Nadia, tiers-lieu de Bègles')
  const tag = unique('')
  const title = `Retrouvailles ${tag}`

  // The coordinator opens a poll with three dates, a week apart, 13:00–15:00 UTC+1/+2.
  const day = 24 * 3600_000
  const base = Math.ceil((Date.now() + 21 * day) / day) * day + 12 * 3600_000
  const dates = [0, 7, 14].map((offset) => ({
    startsAt: new Date(base + offset * day).toISOString(),
    endsAt: new Date(base + offset * day + 2 * 3600_000).toISOString(),
  }))
  const { data: poll } = await api(`/groups/${group.slug}/polls`, {
    method: 'POST',
    token: adminToken,
    body: { title, description: 'Séance de retrouvailles / intégration de nouveaux participants, en visio.', options: dates },
  })
  assert.equal(poll.options.length, 3)
  const names = dates.map((d) => optionName(d.startsAt))

  // M answers in the grid: non, oui, non.
  const page = await newPage(browser)
  await signIn(page, m)
  await page.goto(`${spaUrl}/polls/${poll.id}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  const grid = page.getByRole('table', { name: 'Disponibilités' })
  await grid.waitFor()
  await grid.getByRole('radio', { name: `${names[0]} : non` }).check()
  // The keyboard works too: focus the second option's "oui" and select it with Space.
  await grid.getByRole('radio', { name: `${names[1]} : oui` }).focus()
  await page.keyboard.press('Space')
  assert.equal(await grid.getByRole('radio', { name: `${names[1]} : oui` }).isChecked(), true)
  await grid.getByRole('radio', { name: `${names[2]} : non` }).check()
  await expectAccessible(page, 'poll grid')
  await page.getByRole('button', { name: 'Enregistrer mes réponses' }).click()
  await page.getByText('Vos réponses sont enregistrées.').waitFor()
  await grid.getByRole('row', { name: /Total/ }).getByText('1 oui').first().waitFor()

  const { data: afterVote } = await api(`/polls/${poll.id}`, { token: m.token })
  assert.deepEqual(afterVote.options.map((o) => o.myChoice), ['NO', 'YES', 'NO'])
  // N can only come on the first date: the decision is not N's news.
  await api(`/polls/${poll.id}/votes`, {
    method: 'PUT',
    token: n.token,
    body: { votes: poll.options.map((o, i) => ({ optionId: o.id, choice: i === 0 ? 'YES' : 'NO' })) },
  })

  // The coordinator, in another browser, closes the poll into a meeting on the second date.
  const coordinator = await newPage(browser)
  await signIn(coordinator, adminAccount)
  await coordinator.goto(`${spaUrl}/polls/${poll.id}`)
  await coordinator.getByRole('heading', { level: 1, name: title }).waitFor()
  await coordinator.getByRole('button', { name: 'Fermer le sondage…' }).click()
  const dialog = coordinator.getByRole('dialog', { name: 'Fermer le sondage' })
  await dialog.waitFor()
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(names[1])}`) }).check()
  await dialog.getByRole('radio', { name: 'Créer une rencontre' }).check()
  await dialog.getByRole('combobox', { name: 'Type de rencontre' }).selectOption({ label: "Séance d'intégration" })
  await dialog.getByRole('textbox', { name: /Lien de la visio/ }).fill('https://teams.example/retrouvailles')
  await expectAccessible(coordinator, 'closing dialog')
  await dialog.getByRole('button', { name: 'Fermer le sondage' }).click()
  await coordinator.waitForURL(new RegExp(`/groups/${group.slug}/meetings/\\d+$`))
  const meetingId = Number(new URL(coordinator.url()).pathname.split('/').pop())
  await coordinator.getByRole('heading', { level: 1, name: title }).waitFor()
  await coordinator.context().close()

  const { data: closed } = await api(`/polls/${poll.id}`, { token: m.token })
  assert.equal(closed.closed, true)
  assert.equal(closed.chosenOptionId, poll.options[1].id)
  assert.equal(closed.createdMeetingId, meetingId)
  const { data: meeting } = await api(`/meetings/${meetingId}`, { token: m.token })
  assert.deepEqual([Date.parse(meeting.startsAt), Date.parse(meeting.endsAt)],
    [Date.parse(dates[1].startsAt), Date.parse(dates[1].endsAt)], 'the meeting takes the chosen date, start and end')

  // M, who answered oui, is told: the bell (live, on the page M still has open) counts it, and its link opens the meeting.
  const bell = page.getByRole('banner').getByRole('button', { name: /^Notifications \(\d+ non lues?\)$/ })
  await bell.waitFor({ timeout: 20_000 })
  await bell.click()
  const told = page.locator('#notifications-panel').getByRole('link', { name: new RegExp(escapeRegExp(title)) })
  assert.equal(await told.getAttribute('href'), `/groups/${group.slug}/meetings/${meetingId}`)
  await told.click()
  await page.waitForURL(`**/groups/${group.slug}/meetings/${meetingId}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.getByText(meetingWhen(dates[1])).waitFor()

  // N, who answered non to that date, hears nothing of it: no unread count on N's bell, nothing in N's list.
  const pageN = await newPage(browser)
  await signIn(pageN, n)
  await pageN.goto(`${spaUrl}/notifications`)
  await pageN.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor()
  await pageN.getByRole('main').getByText("Aucune notification pour l'instant.").waitFor()
  await pageN.getByRole('button', { name: 'Notifications', exact: true }).waitFor()
  await pageN.context().close()

  // M opens the agenda from the group page and finds the meeting.
  await page.goto(`${spaUrl}/groups/${group.slug}`)
  await page.getByRole('heading', { level: 1, name: group.name }).waitFor()
  await page.getByRole('link', { name: 'Agenda', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: `Agenda · ${group.name}` }).waitFor()
  const entry = page.getByRole('link', { name: title })
  await entry.waitFor()
  await page.getByText("Séance d'intégration").first().waitFor()
  await expectAccessible(page, 'agenda list')
  await page.getByRole('tab', { name: 'Liste' }).focus()
  await page.keyboard.press('ArrowRight')
  await page.getByRole('tab', { name: 'Mois', selected: true }).waitFor()
  await page.getByRole('table').waitFor()
  await expectAccessible(page, 'agenda month')
  await page.getByRole('tab', { name: 'Mois' }).press('ArrowLeft')
  await page.getByRole('tab', { name: 'Liste', selected: true }).waitFor()

  // M opens the meeting: French date, Paris time, the online link, and the .ics.
  await page.getByRole('link', { name: title }).click()
  await page.waitForURL(`**/groups/${group.slug}/meetings/${meetingId}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.getByText('(heure de Paris)').waitFor()
  await page.getByRole('link', { name: /Rejoindre la visio/ }).waitFor()
  await page.getByRole('group', { name: 'Votre réponse' }).waitFor()
  await expectAccessible(page, 'meeting page')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).click(),
  ])
  assert.equal(download.suggestedFilename(), `rencontre-${meetingId}.ics`)
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r?\n[ \t]/g, '')
  assert.match(ics, /BEGIN:VEVENT/)
  assert.ok(ics.includes(title), `the .ics names the meeting: ${ics}`)
  await page.context().close()
})
