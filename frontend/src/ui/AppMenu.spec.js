import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { screen, waitFor } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { DropdownMenuRadioGroup } from 'reka-ui'
import AppMenu from './AppMenu.vue'
import AppMenuRadioItem from './AppMenuRadioItem.vue'
import { renderWithApp } from '@/test/render'

const SIZES = [
  { value: 'small', label: 'Petit', help: 'Pour les téléphones' },
  { value: 'medium', label: 'Moyen', help: '' },
  { value: 'large', label: 'Grand', help: 'Pour les grands écrans' },
]

function menu(chosen) {
  return defineComponent({
    setup() {
      const value = ref('medium')
      const pick = (v) => {
        value.value = v
        chosen.push(v)
      }
      return () =>
        h(AppMenu, null, {
          trigger: () => h('button', { type: 'button' }, 'Taille'),
          default: () =>
            h(DropdownMenuRadioGroup, { modelValue: value.value }, () =>
              SIZES.map((size) => h(AppMenuRadioItem, { key: size.value, ...size, onSelect: pick })),
            ),
        })
    },
  })
}

describe('AppMenu', () => {
  it('opens from the keyboard on the first item, moves with arrows (wrapping), Home/End and letters, and Escape gives focus back', async () => {
    await renderWithApp(menu([]))
    const user = userEvent.setup()
    const button = screen.getByRole('button', { name: 'Taille' })
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    expect(button).toHaveAttribute('aria-expanded', 'false')

    await user.tab()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('menu')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: 'Petit' })).toHaveFocus())
    expect(screen.getByRole('menuitemradio', { name: 'Petit' })).toHaveAccessibleDescription('Pour les téléphones')
    expect(screen.getByRole('menuitemradio', { name: 'Moyen' })).toHaveAttribute('aria-checked', 'true')

    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitemradio', { name: 'Moyen' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('menuitemradio', { name: 'Grand' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitemradio', { name: 'Petit' })).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('menuitemradio', { name: 'Grand' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(screen.getByRole('menuitemradio', { name: 'Petit' })).toHaveFocus()
    await user.keyboard('m')
    expect(screen.getByRole('menuitemradio', { name: 'Moyen' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await waitFor(() => expect(button).toHaveFocus())
  })

  it('opens with a pointer on the checked item; Enter picks an item and closes', async () => {
    const chosen = []
    await renderWithApp(menu(chosen))
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Taille' }))
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: 'Moyen' })).toHaveFocus())
    await user.keyboard('{ArrowDown}{Enter}')
    expect(chosen).toEqual(['large'])
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Taille' })).toHaveFocus())
  })
})
