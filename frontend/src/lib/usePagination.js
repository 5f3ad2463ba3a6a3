import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { problemMessage } from './problemMessage'

/** Cursor pagination over `{items, nextCursor}` lists. `fetchPage({cursor})` returns one page. */
export function usePagination(fetchPage) {
  const { t } = useI18n()
  const items = ref([])
  const nextCursor = ref(null)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef(null)
  const errorMessage = ref('')

  async function load(cursor) {
    loading.value = true
    error.value = null
    errorMessage.value = ''
    try {
      const page = await fetchPage({ cursor })
      const pageItems = page?.items || []
      items.value = cursor ? [...items.value, ...pageItems] : pageItems
      nextCursor.value = page?.nextCursor || null
      loaded.value = true
    } catch (e) {
      error.value = e
      errorMessage.value = problemMessage(t, e)
    } finally {
      loading.value = false
    }
  }

  const reload = () => load(undefined)
  const loadMore = () => (nextCursor.value ? load(nextCursor.value) : Promise.resolve())

  return { items, nextCursor, loading, loaded, error, errorMessage, reload, loadMore }
}
