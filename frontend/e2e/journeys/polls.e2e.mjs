// Choosing a date together, Framadate-style, as the group did for its "séance de retrouvailles / intégration":
// the coordinator opens a poll with three dates; a member M answers oui to the second date and non to the others
// in the grid; the coordinator closes the poll into a meeting through the closing dialog; M finds the meeting in
// the group agenda, opens it and downloads its .ics. Runs on its own: it creates the group when it is missing.
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

  // M, who answered oui, is told (POLL_DECIDED links to the meeting).
  const deadline = Date.now() + 15_000
  let decided = null
  while (!decided && Date.now() < deadline) {
    const { data } = await api('/notifications?unreadOnly=true', { token: m.token })
    decided = data.items.find((n) => n.type === 'POLL_DECIDED')
    if (!decided) await new Promise((r) => setTimeout(r, 300))
  }
  assert.ok(decided, 'M has a POLL_DECIDED notification')
  assert.equal(decided.link, `/groups/${group.slug}/meetings/${meetingId}`)

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
