import { computed, ref } from 'vue'
import { forumApi } from './api'
import { useGroup } from '@/features/groups/useGroup'

/**
 * The group and its forum categories, loaded together for the forum screens (and reloaded when the slug changes),
 * with `can`: what the server says the caller may do in the group.
 */
export function useGroupForum(getSlug) {
  const loaded = ref([])
  const state = useGroup(getSlug, {
    alongside: async (slug) => {
      loaded.value = (await forumApi.categories(slug))?.items || []
    },
  })
  // The categories go with their group: none when it could not be loaded.
  const categories = computed(() => (state.group.value ? loaded.value : []))
  return { ...state, categories }
}
