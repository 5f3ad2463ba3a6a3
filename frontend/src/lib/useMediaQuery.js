import { onBeforeUnmount, onMounted, ref } from 'vue'

/**
 * Whether `query` (e.g. '(min-width: 48rem)') matches, kept up to date. `fallback` is the answer where the window
 * cannot tell (tests, no matchMedia): the wide, desktop layout.
 */
export function useMediaQuery(query, { fallback = true, onChange } = {}) {
  const matches = ref(fallback)
  let list = null
  function update() {
    matches.value = list.matches
    onChange?.(matches.value)
  }
  onMounted(() => {
    if (typeof window.matchMedia !== 'function') return
    list = window.matchMedia(query)
    update()
    list.addEventListener?.('change', update)
  })
  onBeforeUnmount(() => list?.removeEventListener?.('change', update))
  return matches
}
