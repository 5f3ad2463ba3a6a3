import { computed, ref, shallowRef, watch } from 'vue'
import { groupsApi } from '@/api/groups'
import { useAuthStore } from '@/stores/auth'

/** The group of the workshop screens, with the caller's standing in it (member, coordinator). */
export function useWorkshopGroup(getSlug) {
  const auth = useAuthStore()
  const group = ref(null)
  const error = shallowRef(null)
  const loading = ref(false)

  async function load() {
    const slug = getSlug()
    if (!slug) return
    loading.value = true
    error.value = null
    try {
      group.value = await groupsApi.get(slug)
    } catch (e) {
      group.value = null
      error.value = e
    } finally {
      loading.value = false
    }
  }

  const isMember = computed(() => group.value?.myStatus === 'ACTIVE')
  const isCoordinator = computed(() => auth.isAdmin || (isMember.value && group.value?.myRole === 'COORDINATOR'))

  watch(getSlug, load, { immediate: true })
  return { group, error, loading, isMember, isCoordinator, reload: load }
}
