import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { problemMessage } from './problemMessage'

/**
 * Wraps an async function with `loading`, `error` (ApiError) and `errorMessage`.
 * A 401 that survived the automatic refresh sends the person back to the sign-in page.
 */
export function useAsync(fn, { messages = {} } = {}) {
  const { t } = useI18n()
  const router = useRouter()
  const route = useRoute()
  const loading = ref(false)
  const error = shallowRef(null)
  const errorMessage = ref('')
  const data = shallowRef(null)

  async function run(...args) {
    loading.value = true
    error.value = null
    errorMessage.value = ''
    try {
      const result = await fn(...args)
      data.value = result
      return result
    } catch (e) {
      error.value = e
      errorMessage.value = problemMessage(t, e, messages)
      if (e?.status === 401 && route?.meta?.requiresAuth && router) {
        router.push({ name: 'login', query: { redirect: route.fullPath } })
      }
      return undefined
    } finally {
      loading.value = false
    }
  }

  return { run, loading, error, errorMessage, data }
}
