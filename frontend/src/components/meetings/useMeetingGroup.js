import { computed, ref, shallowRef, watch } from 'vue'
import { groupsApi } from '@/api/groups'
import { useAuthStore } from '@/stores/auth'

/**
 * The group of the agenda and polls screens, with what the caller may do there: answer (active member) and
 * schedule or edit meetings (active coordinator, or a site admin — the server lets them too).
 */
export function useMeetingGroup(getSlug) {
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
  const isCoordinator = computed(
    () => (isMember.value && group.value?.myRole === 'COORDINATOR') || (auth.isAuthenticated && auth.user?.siteRole === 'ADMIN'),
  )

  watch(getSlug, load, { immediate: true })
  return { group, loading, error, isMember, isCoordinator, reload: load }
}
