import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ForumPostEditor from './ForumPostEditor.vue'
import { insertMention, mentionAt } from '@/features/forum/mentions'
import { renderWithApp } from '@/test/render'
import { jsonResponse, mockFetch, problem } from '@/test/http-mock'

const people = [
  { id: 5, username: 'Audrey_Beucher', displayName: 'Audrey Beucher' },
  { id: 6, username: 'Aurelie.M', displayName: 'Aurélie Martin' },
]

const Host = defineComponent({
  setup() {
    const body = ref('')
    return () => [
      h(ForumPostEditor, { id: 'body', label: 'Message', modelValue: body.value, 'onUpdate:modelValue': (v) => (body.value = v) }),
      h('output', { 'data-testid': 'model' }, body.value),
    ]
  },
})

async function renderEditor() {
  const api = mockFetch({
    'POST /api/v1/auth/refresh': problem(401),
    'GET /api/v1/users': (call) => {
      const prefix = new URL(call.url, 'http://x').searchParams.get('prefix').toLowerCase()
      return jsonResponse(200, { items: people.filter((p) => p.username.toLowerCase().startsWith(prefix)) })
    },
    'POST /api/v1/posts/preview': (call) => jsonResponse(200, { html: `<p><strong>${call.body.body.replaceAll('*', '')}</strong></p>` }),
  })
  await renderWithApp(Host)
  return { api, user: userEvent.setup() }
}

describe('mention helpers', () => {
  it('find the mention being typed, not e-mail addresses', () => {
    expect(mentionAt('Bonjour @au', 11)).toEqual({ start: 8, query: 'au' })
    expect(mentionAt('@a', 2)).toEqual({ start: 0, query: 'a' })
    expect(mentionAt('(@mathilde.s', 12)).toEqual({ start: 1, query: 'mathilde.s' })
    expect(mentionAt('Bonjour @', 9)).toBeNull()
    expect(mentionAt('nom@mediatheque', 15)).toBeNull()
    expect(mentionAt('@au revoir', 10)).toBeNull()
  })

  it('insert "@username " in place of the typed part', () => {
    expect(insertMention('Merci @au !', 6, 9, 'Audrey_Beucher')).toEqual({ text: 'Merci @Audrey_Beucher !', caret: 22 })
    expect(insertMention('@au', 0, 3, 'Audrey_Beucher')).toEqual({ text: '@Audrey_Beucher ', caret: 16 })
  })
})

describe('ForumPostEditor', () => {
  it('suggests people after "@" + a letter and inserts the chosen one with the keyboard', async () => {
    const { api, user } = await renderEditor()
    const textarea = screen.getByRole('textbox', { name: 'Message' })

    await user.type(textarea, '@au')

    await waitFor(() => expect(api.calls.some((c) => c.url === '/api/v1/users?prefix=au')).toBe(true))
    const listbox = await screen.findByRole('listbox', { name: 'Personnes à mentionner' })
    const options = within(listbox).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Audrey Beucher@Audrey_Beucher', 'Aurélie Martin@Aurelie.M'])
    expect(textarea).toHaveAttribute('aria-controls', listbox.id)
    // The first suggestion is preselected: Enter would take it.
    expect(textarea).toHaveAttribute('aria-activedescendant', options[0].id)
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByText(/2 suggestions/)).toBeInTheDocument()

    await user.keyboard('{ArrowDown}')
    expect(textarea).toHaveAttribute('aria-activedescendant', options[1].id)
    expect(options[1]).toHaveAttribute('aria-selected', 'true')
    expect(textarea).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(textarea).toHaveAttribute('aria-activedescendant', options[0].id)

    await user.keyboard('{Enter}')

    // Enter chose the person: no new line.
    expect(textarea).toHaveValue('@Audrey_Beucher ')
    expect(screen.getByTestId('model')).toHaveTextContent('@Audrey_Beucher')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(textarea.selectionStart).toBe('@Audrey_Beucher '.length)
  })

  it('Enter chooses the first suggestion at once; with the list closed by Escape, Enter is a new line again', async () => {
    const { user } = await renderEditor()
    const textarea = screen.getByRole('textbox', { name: 'Message' })
    await user.type(textarea, 'Bonjour @aur')
    await screen.findByRole('option', { name: /Aurélie Martin/ })
    await user.keyboard('{Enter}')
    expect(textarea).toHaveValue('Bonjour @Aurelie.M ')

    await user.type(textarea, '@aud')
    await screen.findByRole('listbox')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(textarea).toHaveValue('Bonjour @Aurelie.M @aud\n')
  })

  it('moves up and wraps, inserts with Tab, and Escape closes without touching the text', async () => {
    const { user } = await renderEditor()
    const textarea = screen.getByRole('textbox', { name: 'Message' })
    await user.type(textarea, 'Merci @au')
    await screen.findByRole('listbox')
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('option', { name: /Aurélie Martin/ })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Tab}')
    expect(textarea).toHaveValue('Merci @Aurelie.M ')
    expect(textarea).toHaveFocus()

    await user.type(textarea, 'et @aud')
    await screen.findByRole('listbox')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(textarea).toHaveValue('Merci @Aurelie.M et @aud')
  })

  it('"Écrire" / "Aperçu" follow the tabs pattern and the preview shows the server rendering', async () => {
    const { api, user } = await renderEditor()
    const textarea = screen.getByRole('textbox', { name: 'Message' })
    await user.type(textarea, '**Notons ici**')
    const write = screen.getByRole('tab', { name: 'Écrire' })
    const preview = screen.getByRole('tab', { name: 'Aperçu' })
    expect(write).toHaveAttribute('aria-selected', 'true')
    expect(preview).toHaveAttribute('tabindex', '-1')

    write.focus()
    await user.keyboard('{ArrowRight}')

    expect(preview).toHaveFocus()
    expect(preview).toHaveAttribute('aria-selected', 'true')
    const panel = screen.getByRole('tabpanel', { name: 'Aperçu' })
    await waitFor(() => expect(within(panel).getByText('Notons ici').tagName).toBe('STRONG'))
    expect(api.callsTo('POST /api/v1/posts/preview')[0].body).toEqual({ body: '**Notons ici**' })
    expect(textarea).not.toBeVisible()

    await user.keyboard('{ArrowLeft}')
    expect(write).toHaveFocus()
    expect(textarea).toBeVisible()
  })
})
