import { computed, ref, shallowRef, watch } from 'vue'
import { groupsApi } from './api'

const NOTHING = Object.freeze({})

/** What the server says the caller may do in this group; nothing while it is not loaded (or could not be). */
export const canIn = (group) => group?.can || NOTHING

/**
 * A group loaded for a feature's screens (and reloaded when the slug changes), with `can`: what the server says the
 * caller may do in it (`join`, `leave`, `takePart`, `coordinate`). The screens decide nothing themselves.
 * `alongside(slug)` loads what a screen needs with the group, at the same time; its failure is the load's.
 */
export function useGroup(getSlug, { alongside } = {}) {
  const group = ref(null)
  const loading = ref(false)
  const error = shallowRef(null)

  async function load() {
    const slug = getSlug()
    if (!slug) return
    loading.value = true
    error.value = null
    try {
      const [loaded] = await Promise.all([groupsApi.get(slug), alongside?.(slug)])
      group.value = loaded
    } catch (e) {
      error.value = e
      group.value = null
    } finally {
      loading.value = false
    }
  }

  const can = computed(() => canIn(group.value))

  watch(getSlug, load, { immediate: true })
  return { group, can, loading, error, reload: load }
}
