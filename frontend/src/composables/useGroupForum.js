import { computed, ref, shallowRef, watch } from 'vue'
import { groupsApi } from '@/api/groups'
import { forumApi } from '@/api/forum'

/** The group and its forum categories, loaded together for the forum screens (and reloaded when the slug changes). */
export function useGroupForum(getSlug) {
  const group = ref(null)
  const categories = ref([])
  const loading = ref(false)
  const error = shallowRef(null)

  async function load() {
    const slug = getSlug()
    if (!slug) return
    loading.value = true
    error.value = null
    try {
      const [loadedGroup, page] = await Promise.all([groupsApi.get(slug), forumApi.categories(slug)])
      group.value = loadedGroup
      categories.value = page?.items || []
    } catch (e) {
      error.value = e
      group.value = null
      categories.value = []
    } finally {
      loading.value = false
    }
  }

  const isMember = computed(() => group.value?.myStatus === 'ACTIVE')
  const isCoordinator = computed(() => isMember.value && group.value?.myRole === 'COORDINATOR')

  watch(getSlug, load, { immediate: true })
  return { group, categories, loading, error, isMember, isCoordinator, reload: load }
}
