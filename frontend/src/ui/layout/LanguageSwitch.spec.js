import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createPinia, setActivePinia } from 'pinia'
import LanguageSwitch from './LanguageSwitch.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, me, mockFetch, session } from '@/test/http-mock'
import { http } from '@/lib/http'
import { useAuthStore } from '@/stores/auth'

/** The switch, for someone signed in whose account says `locale` (or for nobody). */
async function renderSwitch({ account = me({ locale: 'fr' }), routes = {} } = {}) {
  const api = mockFetch({
    'PATCH /api/v1/me': (call) => jsonResponse(200, { ...account, ...call.body }),
    'GET /api/v1/groups': { items: [], nextCursor: null },
    ...routes,
  })
  const pinia = createPinia()
  setActivePinia(pinia)
  if (account) useAuthStore().setSession(session(account))
  const view = await renderWithApp(LanguageSwitch, { pinia })
  return { ...view, api, user: userEvent.setup() }
}

const choose = (user, label) => user.selectOptions(screen.getByLabelText(/Langue de l'interface|Interface language/), label)

describe('LanguageSwitch', () => {
  it('offers once, in the new language, to send e-mails in it too, and on yes changes the account', async () => {
    const { api, user } = await renderSwitch()
    await choose(user, 'English')

    const dialog = await screen.findByRole('dialog', { name: 'Your e-mails in English too?' })
    expect(dialog).toHaveTextContent('come in French')
    await user.click(screen.getByRole('button', { name: 'Yes, my e-mails in English' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(api.callsTo('PATCH /api/v1/me').map((c) => c.body)).toEqual([{ locale: 'en' }])
    expect(useAuthStore().user.locale).toBe('en')

    // The account now says English: going back to French is a new choice, asked in French.
    await choose(user, 'Français')
    expect(await screen.findByRole('dialog', { name: 'Vos e-mails aussi en français ?' })).toHaveTextContent('arrivent en anglais')
  })

  it('remembers a no, and does not ask again for that language', async () => {
    const { api, user } = await renderSwitch()
    await choose(user, 'English')
    await user.click(await screen.findByRole('button', { name: 'No, leave them as they are' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await choose(user, 'Français')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument() // the account already says French
    await choose(user, 'English')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(api.callsTo('PATCH /api/v1/me')).toHaveLength(0)
  })

  it('takes Escape as a no', async () => {
    const { user } = await renderSwitch()
    await choose(user, 'English')
    await screen.findByRole('dialog')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await choose(user, 'Français')
    await choose(user, 'English')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks nothing of someone whose account is already in that language', async () => {
    const { user } = await renderSwitch({ account: me({ locale: 'en' }) })
    await choose(user, 'English')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks nothing of a visitor, and the API is then asked for in the chosen language', async () => {
    const { api, user } = await renderSwitch({ account: null })
    await choose(user, 'English')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await http.get('/groups')
    expect(api.callsTo('GET /api/v1/groups')[0].headers['Accept-Language']).toBe('en')
  })
})
