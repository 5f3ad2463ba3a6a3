import { computed, nextTick, reactive, ref, unref } from 'vue'
import { useI18n } from 'vue-i18n'
import { problemMessage } from './problemMessage'

/** `user.email`, `register.arg0.email`, `errors[0].email` → `email` */
export function fieldKey(field) {
  if (!field) return ''
  const parts = String(field).split('.').filter(Boolean)
  return parts.length ? parts[parts.length - 1].replace(/\[\d+\]$/, '') : ''
}

/**
 * Moves the focus to the first field marked invalid (`aria-invalid="true"`, as AppInput and AppSelect mark them) in
 * `root` (the document by default), so after a failed submission the keyboard and the screen reader land where the
 * first thing to fix is. Returns that field, or null when none is marked.
 */
export function focusFirstError(root) {
  const scope = root?.$el ?? root ?? (typeof document === 'undefined' ? null : document)
  const field = scope?.querySelector?.('[aria-invalid="true"]') || null
  field?.focus()
  return field
}

/**
 * Maps a problem+json `errors: [{field, message}]` to `{ field: message }` and keeps a general message
 * (from `detail`, else `title`, translated for the cases we know). Once fields are marked in error (by the
 * server's answer or the form's own checks), the focus goes to the first of them, after the DOM shows them:
 * `options.root` (an element or a component ref) keeps the search to one form; `options.focus: false` opts out.
 */
export function useFormErrors(options = {}) {
  const { t } = useI18n()
  const fields = reactive({})
  const general = ref('')
  let focusPending = false

  function focusSoon() {
    if (options.focus === false || focusPending) return
    focusPending = true
    nextTick(() => {
      focusPending = false
      if (Object.keys(fields).length) focusFirstError(unref(options.root))
    })
  }

  function clear() {
    for (const key of Object.keys(fields)) delete fields[key]
    general.value = ''
  }

  function setFieldError(field, message) {
    fields[field] = message
    focusSoon()
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
    if (Object.keys(fields).length) focusSoon()
  }

  const hasErrors = computed(() => Boolean(general.value) || Object.keys(fields).length > 0)

  return { fields, general, hasErrors, setError, setFieldError, clear }
}
