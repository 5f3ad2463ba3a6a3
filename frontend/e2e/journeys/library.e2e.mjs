// Sharing our writings: a member M adds a picture to a forum reply (picked with the keyboard, alt text asked for,
// upload progress) and a PDF report to the group's library; another member N reads the reply with the picture and
// opens the report from the library. Runs on its own: it creates the group when it is missing.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { deflateSync, crc32 } from 'node:zlib'
import { launch, newPage, expectAccessible, unique, spaUrl, apiUrl, adminAccount } from '../support/browser.mjs'
import { api, ensureGroup, group, login, member, signIn } from '../support/people.mjs'

let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

/** A real PNG of width × height pixels, blue. */
function png(width, height) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([30, 90, 200]))])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'ascii')

test('a picture with its alt text in a reply and a PDF in the library, read by another member', async () => {
  const adminToken = await login(adminAccount.email, adminAccount.password)
  await ensureGroup(adminToken)
  const m = await member('mathilde.', 'Mathilde, médiathèque de Mézières')
  const n = await member('nadia.', 'Nadia, tiers-lieu de Bègles')
  const tag = unique('')
  const { data: thread } = await api(`/groups/${group.slug}/threads`, {
    method: 'POST',
    token: m.token,
    body: { category: 'publications', title: `Nos lieux ${tag}`, body: 'Partageons des photos de nos espaces.' },
  })

  // M replies with a picture: the file chooser opened from the keyboard, the alt text asked for, then inserted.
  const page = await newPage(browser)
  await signIn(page, m)
  await page.goto(`${spaUrl}/threads/${thread.id}`)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Joindre un fichier' }).focus()
  await page.keyboard.press('Enter')
  await (await chooser).setFiles({ name: 'salle.png', mimeType: 'image/png', buffer: png(1800, 900) })
  const alt = `La salle de lecture ${tag}`
  await page.getByLabel(/Texte alternatif de l'image/).fill(alt)
  await expectAccessible(page, 'alt text of an upload')
  await page.getByRole('button', { name: "Envoyer l'image" }).click()
  const reply = page.getByRole('textbox', { name: 'Votre réponse' })
  await page.waitForFunction((text) => document.querySelector('#reply-body')?.value.includes(text), `![${alt}](/api/v1/files/`)
  await reply.press('End')
  await reply.pressSequentially('Voici notre salle.')
  await page.getByRole('button', { name: 'Publier la réponse' }).click()
  await page.getByText('Votre réponse est publiée.').waitFor()

  // M adds a PDF report to the library, in open access under a Creative Commons licence.
  await page.goto(`${spaUrl}/groups/${group.slug}/library/new`)
  const title = `Rapport d'activité ${tag}`
  await page.getByLabel('Titre').fill(title)
  await page.getByLabel('Sorte').selectOption('REPORT')
  await page.getByLabel(/Autrices et auteurs/).fill('Mathilde S., Collectif des médiathèques')
  await page.getByLabel('Année').fill('2026')
  await page.locator('input[type="file"]').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: PDF })
  await page.getByText(/Fichier joint : rapport\.pdf \(PDF/).waitFor()
  await page.getByLabel('Licence', { exact: true }).selectOption('CC_BY_SA')
  await page.getByLabel(/En accès libre/).check()
  await expectAccessible(page, 'library entry form')
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.close()

  // N reads the reply: the picture is there, with its alt text, and loads.
  const reader = await newPage(browser)
  await signIn(reader, n)
  await reader.goto(`${spaUrl}/threads/${thread.id}`)
  const picture = reader.getByRole('img', { name: alt })
  await picture.waitFor()
  await reader.waitForFunction((text) => {
    const img = [...document.images].find((i) => i.alt === text)
    return img && img.complete && img.naturalWidth === 1600
  }, alt)

  // N finds the report in the library (French search, accents ignored) and opens the PDF.
  await reader.goto(`${spaUrl}/groups/${group.slug}/library`)
  await reader.getByLabel('Recherche', { exact: true }).fill(`activite ${tag}`)
  await reader.getByRole('button', { name: 'Filtrer' }).click()
  await reader.getByRole('link', { name: title }).click()
  await reader.getByRole('heading', { level: 1, name: title }).waitFor()
  await reader.getByText('CC BY-SA 4.0').waitFor()
  await expectAccessible(reader, 'library entry')
  const href = await reader.getByRole('link', { name: 'rapport.pdf' }).getAttribute('href')
  const response = await reader.request.get(new URL(href, spaUrl).toString())
  assert.equal(response.status(), 200)
  assert.equal(response.headers()['content-type'], 'application/pdf')
  assert.deepEqual(Buffer.from(await response.body()), PDF)
  assert.ok(apiUrl)
})
