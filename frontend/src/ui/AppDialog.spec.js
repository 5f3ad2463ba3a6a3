import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import AppDialog from './AppDialog.vue'
import AppConfirmDialog from './AppConfirmDialog.vue'
import { renderWithApp } from '@/test/render'

/** A page with a button that opens `dialog` (rendered by `content(open, close)`). */
function page(content) {
  return defineComponent({
    setup() {
      const open = ref(false)
      const close = () => (open.value = false)
      return () => [
        h('button', { type: 'button', onClick: () => (open.value = true) }, 'Ouvrir'),
        h('button', { type: 'button' }, 'Autre bouton'),
        content(open.value, close),
      ]
    },
  })
}

const plainDialog = page((open, close) =>
  h(AppDialog, { open, title: 'Renommer', onClose: close }, () => [
    h('label', { for: 'name' }, 'Nom'),
    h('input', { id: 'name' }),
    h('button', { type: 'button', onClick: close }, 'Fermer'),
  ]),
)

describe('AppDialog', () => {
  it('is a modal dialog named by its title; focus goes in, stays in, and returns to its trigger on Escape', async () => {
    await renderWithApp(plainDialog)
    const user = userEvent.setup()
    const trigger = screen.getByRole('button', { name: 'Ouvrir' })
    await user.click(trigger)

    const dialog = screen.getByRole('dialog', { name: 'Renommer' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Nom' })).toHaveFocus())
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Fermer' })).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('textbox', { name: 'Nom' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(trigger).toHaveFocus())
  })

  it('returns focus to its trigger when closed from inside', async () => {
    await renderWithApp(plainDialog)
    const user = userEvent.setup()
    const trigger = screen.getByRole('button', { name: 'Ouvrir' })
    trigger.focus()
    await user.keyboard('{Enter}')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Fermer' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(trigger).toHaveFocus())
  })
})

describe('AppConfirmDialog', () => {
  const confirmPage = (onConfirm) =>
    page((open, close) =>
      h(AppConfirmDialog, {
        open,
        title: 'Supprimer ce message ?',
        message: 'Le message disparaît pour tout le monde.',
        confirmLabel: 'Supprimer',
        onConfirm,
        onClose: close,
      }),
    )

  it('is an alert dialog that starts on "Annuler", is described by its message, and gives focus back on cancel', async () => {
    const confirmed = []
    await renderWithApp(confirmPage(() => confirmed.push(true)))
    const user = userEvent.setup()
    const trigger = screen.getByRole('button', { name: 'Ouvrir' })
    await user.click(trigger)

    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer ce message ?' })
    expect(dialog).toHaveAccessibleDescription('Le message disparaît pour tout le monde.')
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus())
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(confirmed).toEqual([])
    await waitFor(() => expect(trigger).toHaveFocus())
  })

  it('emits confirm from its action button', async () => {
    const confirmed = []
    await renderWithApp(confirmPage(() => confirmed.push(true)))
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Ouvrir' }))
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Supprimer' }))
    expect(confirmed).toEqual([true])
  })
})
