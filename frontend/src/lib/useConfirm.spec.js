import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { ApiError } from './http'
import { useConfirm } from './useConfirm'
import AppConfirmDialog from '@/ui/AppConfirmDialog.vue'
import { renderWithApp } from '@/test/render'

/** A list whose rows are removed after confirmation; `remove` is the server call. */
function list(remove, outcomes) {
  return defineComponent({
    setup() {
      const confirm = useConfirm()
      const rows = ref(['Atelier du mardi', 'Atelier du jeudi'])
      async function ask(row) {
        const removed = await confirm.ask({
          title: `Supprimer « ${row} » ?`,
          message: 'Les inscrit·es seront prévenu·es.',
          confirmLabel: 'Supprimer',
          action: () => remove(row),
          done: `« ${row} » supprimé.`,
        })
        outcomes.push(removed)
        if (removed) rows.value = rows.value.filter((r) => r !== row)
      }
      return () => [
        h('ul', rows.value.map((row) => h('li', { key: row }, [row, h('button', { type: 'button', onClick: () => ask(row) }, `Supprimer ${row}`)]))),
        h(AppConfirmDialog, { ...confirm.dialog, onConfirm: confirm.accept, onClose: confirm.cancel }),
      ]
    },
  })
}

describe('useConfirm', () => {
  it('asks in the alert dialog, runs the action while busy, closes, announces and resolves to true', async () => {
    const outcomes = []
    let finish
    await renderWithApp(list(() => new Promise((resolve) => (finish = resolve)), outcomes))
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Supprimer Atelier du mardi' }))

    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer « Atelier du mardi » ?' })
    expect(dialog).toHaveTextContent('Les inscrit·es seront prévenu·es.')
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }))
    expect(within(dialog).getByRole('button', { name: 'Supprimer' })).toHaveAttribute('aria-busy', 'true')
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toBeDisabled()
    finish()

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(outcomes).toEqual([true])
    expect(screen.queryByText('Atelier du mardi')).not.toBeInTheDocument()
    expect(await screen.findByText('« Atelier du mardi » supprimé.')).toBeInTheDocument()
  })

  it('keeps the dialog open with the refusal, and resolves to false when cancelled', async () => {
    const outcomes = []
    const calls = []
    await renderWithApp(
      list((row) => {
        calls.push(row)
        return Promise.reject(new ApiError({ status: 409, title: 'Conflict', detail: 'Des personnes sont inscrites.' }))
      }, outcomes),
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Supprimer Atelier du jeudi' }))
    const dialog = screen.getByRole('alertdialog')
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Des personnes sont inscrites.')
    expect(outcomes).toEqual([])

    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(outcomes).toEqual([false])
    expect(calls).toEqual(['Atelier du jeudi'])
    expect(screen.getByText('Atelier du jeudi')).toBeInTheDocument()

    // Asked again, the old refusal is gone.
    await user.click(screen.getByRole('button', { name: 'Supprimer Atelier du jeudi' }))
    expect(within(screen.getByRole('alertdialog')).queryByRole('alert')).not.toBeInTheDocument()
  })
})
