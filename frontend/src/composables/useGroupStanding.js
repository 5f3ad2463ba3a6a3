import { computed, ref, shallowRef, watch } from 'vue'
import { groupsApi } from '@/api/groups'
import { useAuthStore } from '@/stores/auth'

/**
 * A group loaded for a feature's screens, with the caller's standing in it: an active member may take part; an
 * active coordinator — or a site admin, whom the server lets act too — may manage.
 */
export function useGroupStanding(getSlug) {
  const auth = useAuthStore()
  const group = ref(null)
  const loading = ref(false)
  const error = shallowRef(null)

  async function load() {
    const slug = getSlug()
    if (!slug) return
    loading.value = true
    error.value = null
    try {
      group.value = await groupsApi.get(slug)
    } catch (e) {
      error.value = e
      group.value = null
    } finally {
      loading.value = false
    }
  }

  const isMember = computed(() => group.value?.myStatus === 'ACTIVE')
  const isCoordinator = computed(() => auth.isAdmin || (isMember.value && group.value?.myRole === 'COORDINATOR'))

  watch(getSlug, load, { immediate: true })
  return { group, loading, error, isMember, isCoordinator, reload: load }
}
