import { defineStore } from 'pinia'
import { ref } from 'vue'

/** A one-shot message shown at the top of the next page (e.g. "Compte créé"). */
export const useFlashStore = defineStore('flash', () => {
  const message = ref(null)
  const tone = ref('success')
  let shown = false

  function show(text, kind = 'success') {
    message.value = text
    tone.value = kind
    shown = false
  }

  /** Called on each navigation: the message survives the navigation that follows `show`, then goes. */
  function onNavigate() {
    if (!message.value) return
    if (shown) message.value = null
    else shown = true
  }

  function dismiss() {
    message.value = null
  }

  return { message, tone, show, onNavigate, dismiss }
})
