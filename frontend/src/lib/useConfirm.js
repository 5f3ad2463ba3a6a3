import { reactive } from 'vue'
import { useAnnounce } from './useAnnounce'
import { useMutation } from './useMutation'

/**
 * Asks before an action that cannot be undone, in the one confirmation dialog (ui/AppConfirmDialog.vue):
 *
 *   const confirm = useConfirm()
 *   confirm.ask({ title, message, confirmLabel, action: () => api.remove(id), done: t('…removed') })
 *   <AppConfirmDialog v-bind="confirm.dialog" @confirm="confirm.accept" @close="confirm.cancel" />
 *
 * The dialog stays open while the action runs and shows the server's refusal; once it succeeded the dialog closes,
 * `done` is announced in the live region and `ask` resolves to the action's answer (to false when cancelled).
 * `messages` words the refusals as in useMutation (`{ 409: 'roadmap.axis.notEmpty' }`).
 */
export function useConfirm({ messages = {} } = {}) {
  const mutation = useMutation((action) => action(), { messages })
  const { announce } = useAnnounce()
  const dialog = reactive({
    open: false,
    title: '',
    message: '',
    confirmLabel: '',
    variant: 'danger',
    busy: mutation.busy,
    error: mutation.general,
  })
  let pending = null

  function finish(outcome) {
    dialog.open = false
    pending?.resolve(outcome)
    pending = null
  }

  function ask({ title, message = '', confirmLabel, variant = 'danger', action, done = '' }) {
    pending?.resolve(false)
    mutation.clear()
    Object.assign(dialog, { open: true, title, message, confirmLabel, variant })
    return new Promise((resolve) => (pending = { action, done, resolve }))
  }

  async function accept() {
    if (!pending || dialog.busy) return
    const { action, done } = pending
    const result = await mutation.run(action)
    if (mutation.error.value) return
    if (done) announce(done)
    finish(result ?? true)
  }

  function cancel() {
    if (!dialog.busy) finish(false)
  }

  return { dialog, ask, accept, cancel }
}
