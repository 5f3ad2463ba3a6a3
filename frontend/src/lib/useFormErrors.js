import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { problemMessage } from './problemMessage'

/** `user.email`, `register.arg0.email`, `errors[0].email` → `email` */
export function fieldKey(field) {
  if (!field) return ''
  const parts = String(field).split('.').filter(Boolean)
  return parts.length ? parts[parts.length - 1].replace(/\[\d+\]$/, '') : ''
}

/**
 * Maps a problem+json `errors: [{field, message}]` to `{ field: message }` and keeps a general message
 * (from `detail`, else `title`, translated for the cases we know).
 */
export function useFormErrors(options = {}) {
  const { t } = useI18n()
  const fields = reactive({})
  const general = ref('')

  function clear() {
    for (const key of Object.keys(fields)) delete fields[key]
    general.value = ''
  }

  function setFieldError(field, message) {
    fields[field] = message
  }

  function setError(error, overrides = options.messages || {}) {
    clear()
    if (!error) return
    const list = Array.isArray(error.errors) ? error.errors : []
    for (const item of list) {
      const key = fieldKey(item?.field)
      if (!key) continue
      // Keep the first message per field.
      if (!fields[key]) fields[key] = item.message || t('common.errors.invalidField')
    }
    general.value = problemMessage(t, error, overrides)
  }

  const hasErrors = computed(() => Boolean(general.value) || Object.keys(fields).length > 0)

  return { fields, general, hasErrors, setError, setFieldError, clear }
}
