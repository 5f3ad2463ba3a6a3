import { readonly, ref } from 'vue'

const message = ref('')

/**
 * One polite live region for the whole app (ui/AppLiveRegion.vue, mounted once in App.vue): `announce(text)`
 * tells screen-reader users what just happened without moving their focus.
 */
export function useAnnounce() {
  function announce(text) {
    // Cleared first so that the same words said twice are announced twice.
    message.value = ''
    setTimeout(() => (message.value = text), 50)
  }
  return { announce, message: readonly(message) }
}
