import { useAsync } from './useAsync'
import { useFormErrors } from './useFormErrors'

/**
 * A change sent to the server: `busy` while it runs, then the refusal as `fields` (problem+json `errors[]`, one
 * message per field) and `general` (one message for the whole form). A 401 goes back to sign-in as in useAsync.
 * `run` resolves to the server's answer, or to undefined when it failed (then `error` holds the ApiError).
 */
export function useMutation(fn, { messages = {} } = {}) {
  const request = useAsync(fn, { messages })
  const form = useFormErrors({ messages })

  async function run(...args) {
    form.clear()
    const result = await request.run(...args)
    if (request.error.value) form.setError(request.error.value)
    return result
  }

  return { run, busy: request.loading, error: request.error, fields: form.fields, general: form.general, clear: form.clear }
}
