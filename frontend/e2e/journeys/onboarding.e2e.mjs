// The foundation's journey, as people live it: an administrator opens the working group; a librarian signs up,
// confirms the address from the mail, signs in, joins the group and co-opts a colleague, who accepts.
// Every screen on the way is checked with axe-core.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import {
  launch, newPage, expectAccessible, waitForMail, linkIn, unique, spaUrl, adminAccount,
} from '../support/browser.mjs'

const group = { name: 'GT médiathèques tiers-lieux', slug: 'mediatheques-tiers-lieux' }
let browser

before(async () => {
  browser = await launch()
})

after(async () => {
  await browser?.close()
})

async function signIn(page, email, password) {
  await page.goto(`${spaUrl}/login`)
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor()
}

async function register(page, { email, username, displayName, password }) {
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel("Nom d'utilisateur").fill(username)
  await page.getByLabel('Nom affiché').fill(displayName)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Créer mon compte' }).click()
}

test('an administrator creates the working group from the admin screen', async () => {
  const page = await newPage(browser)
  await page.goto(`${spaUrl}/login`)
  await expectAccessible(page, 'sign in')
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Aller au contenu')

  await signIn(page, adminAccount.email, adminAccount.password)
  await page.getByRole('link', { name: 'Administration' }).click()
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor()
  await expectAccessible(page, 'administration')

  await page.getByLabel('Nom du groupe').fill(group.name)
  await page.getByLabel("Identifiant dans l'adresse").fill(group.slug)
  await page.getByLabel('Description').fill('Le groupe de travail des médiathèques tiers-lieux : un bien commun.')
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await page.getByText(`Le groupe « ${group.name} » est créé`).waitFor()

  await page.goto(`${spaUrl}/groups/${group.slug}/admin`)
  await page.getByRole('heading', { level: 1, name: `Gérer « ${group.name} »` }).waitFor()
  await expectAccessible(page, 'coordinator screen')
  await page.context().close()
})

test('a librarian signs up, verifies, signs in, joins the group and co-opts a colleague who accepts', async () => {
  const page = await newPage(browser)
  const librarian = {
    username: unique('camille.'),
    displayName: 'Camille, médiathèque de Lodève',
    password: 'une phrase de passe solide',
  }
  librarian.email = `${librarian.username}@mediatheque.test`

  await page.goto(spaUrl)
  await page.getByRole('link', { name: group.name }).waitFor()
  await expectAccessible(page, 'groups list')
  await page.getByRole('link', { name: "S'inscrire" }).click()
  await expectAccessible(page, 'sign up')
  await register(page, librarian)
  await page.getByText('Vérifiez votre adresse e-mail').first().waitFor()

  const verification = await waitForMail(librarian.email, 'Confirmez votre adresse e-mail')
  await page.goto(linkIn(verification, '/verify-email'))
  await page.getByText('Votre adresse e-mail est vérifiée').waitFor()
  await expectAccessible(page, 'e-mail verified')

  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await page.getByRole('link', { name: 'Se connecter' }).first().waitFor()
  await signIn(page, librarian.email, librarian.password)

  await page.goto(spaUrl)
  await page.getByRole('link', { name: group.name }).click()
  await page.getByRole('heading', { level: 1, name: group.name }).waitFor()
  await expectAccessible(page, 'group page')
  await page.getByRole('button', { name: 'Rejoindre le groupe' }).click()
  await page.getByText('Bienvenue dans le groupe !').waitFor()

  const colleagueEmail = `${unique('dominique.')}@mediatheque.test`
  await page.getByLabel('Adresse e-mail de la personne invitée').fill(colleagueEmail)
  await page.getByLabel('Message').fill('Viens partager tes projets de tiers-lieu avec nous !')
  await page.getByRole('button', { name: 'Inviter' }).click()
  await page.getByText(`Invitation envoyée à ${colleagueEmail}`).waitFor()

  // "Mon espace": the member's next events, unread topics, actions and polls, across their groups.
  await page.getByRole('link', { name: 'Mon espace' }).click()
  await page.getByRole('heading', { level: 1, name: 'Mon espace' }).waitFor()
  await page.getByRole('heading', { level: 2, name: 'Mes prochains rendez-vous' }).waitFor()
  await expectAccessible(page, 'my space')

  // On a phone the navigation folds behind the Menu button, which opens it and Escape closes.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByRole('button', { name: 'Menu', expanded: false }).click()
  await page.getByRole('button', { name: 'Menu', expanded: true }).waitFor()
  await page.getByRole('link', { name: 'Profil' }).focus()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Menu', expanded: false }).waitFor()
  await page.setViewportSize({ width: 1280, height: 720 })

  await page.getByRole('link', { name: 'Profil' }).click()
  await page.getByLabel('Nom affiché').waitFor()
  await expectAccessible(page, 'profile')

  const invitation = await waitForMail(colleagueEmail, 'vous invite')
  assert.match(invitation.text, /Viens partager tes projets/)
  const colleague = await newPage(browser)
  await colleague.goto(linkIn(invitation, '/invitations'))
  await colleague.getByText(`${librarian.displayName} vous invite à rejoindre ce groupe.`).waitFor()
  await expectAccessible(colleague, 'invitation')
  await colleague.getByRole('main').getByRole('link', { name: 'Créer un compte' }).click()
  await register(colleague, {
    email: colleagueEmail,
    username: unique('dominique.'),
    displayName: 'Dominique, réseau de la baie',
    password: 'un autre secret assez long',
  })
  await colleague.getByRole('button', { name: "Accepter l'invitation" }).click()
  await colleague.waitForURL(`**/groups/${group.slug}`)
  await colleague.getByText(`Bienvenue dans « ${group.name} »`).waitFor()
  await colleague.getByText(`invité·e par ${librarian.displayName}`).waitFor()
  await colleague.context().close()
  await page.context().close()
})

test('public screens without an account are accessible too', async () => {
  const page = await newPage(browser)
  const screens = [
    ['/forgot-password', 'Mot de passe oublié'],
    ['/reset-password?token=lien-perime', 'Nouveau mot de passe'],
    ['/register', 'Créer un compte'],
    ['/nulle-part', 'Page introuvable'],
    ['/accessibilite', "Déclaration d'accessibilité"],
  ]
  for (const [path, heading] of screens) {
    await page.goto(`${spaUrl}${path}`)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    await expectAccessible(page, path)
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' }).waitFor()
  await page.goto(`${spaUrl}/groups/${group.slug}`)
  await page.getByRole('heading', { level: 1, name: group.name }).waitFor()
  await expectAccessible(page, 'group page, signed out')
  await page.context().close()
})
