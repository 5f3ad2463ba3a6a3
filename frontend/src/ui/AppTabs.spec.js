import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import AppTabs from './AppTabs.vue'

const TABS = [
  { value: 'infos', label: 'Infos' },
  { value: 'session', label: 'Séance' },
  { value: 'record', label: 'Compte rendu' },
]

const Host = defineComponent({
  setup() {
    const tab = ref('infos')
    return () =>
      h('div', [
        h(AppTabs, { tabs: TABS, label: "Sections de l'atelier", modelValue: tab.value, 'onUpdate:modelValue': (v) => (tab.value = v) }, {
          infos: () => h('p', 'Quand et où'),
          session: () => h('label', ['Note', h('input', { type: 'text' })]),
          record: () => h('p', 'Le compte rendu'),
        }),
        h('output', { 'data-testid': 'chosen' }, tab.value),
      ])
  },
})

describe('AppTabs', () => {
  it('is a named tab list: arrows move and show, the chosen tab is the model, hidden panels keep what was typed', async () => {
    render(Host)
    const user = userEvent.setup()
    expect(screen.getByRole('tablist', { name: "Sections de l'atelier" })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Infos' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Infos' })).toHaveTextContent('Quand et où')

    await user.tab()
    expect(screen.getByRole('tab', { name: 'Infos' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Séance' })).toHaveFocus()
    expect(screen.getByRole('tab', { name: 'Séance' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByTestId('chosen')).toHaveTextContent('session')
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Compte rendu' })).toHaveFocus()
    expect(screen.queryByRole('tabpanel', { name: 'Séance' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: 'Séance' }))
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'à garder')
    await user.click(screen.getByRole('tab', { name: 'Infos' }))
    await user.click(screen.getByRole('tab', { name: 'Séance' }))
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('à garder')
  })
})
