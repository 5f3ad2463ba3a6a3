import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createAppI18n } from '@/i18n/index'
import AppInput from '@/ui/AppInput.vue'
import { ApiError } from './http'
import { fieldKey, focusFirstError, useFormErrors } from './useFormErrors'
import { withSetup } from '@/test/with-setup'

const validation = (errors, extra = {}) =>
  new ApiError({
    status: 400,
    type: 'https://entraide.example/problems/validation',
    title: 'Validation failed',
    errors,
    ...extra,
  })

describe('useFormErrors', () => {
  it('maps errors[] to a { field: message } object', () => {
    const { result } = withSetup(() => useFormErrors())
    result.setError(
      validation([
        { field: 'email', message: 'Adresse invalide' },
        { field: 'password', message: 'Trop court' },
      ]),
    )
    expect({ ...result.fields }).toEqual({ email: 'Adresse invalide', password: 'Trop court' })
    expect(result.hasErrors.value).toBe(true)
  })

  it('uses the last segment of dotted field paths and keeps the first message per field', () => {
    const { result } = withSetup(() => useFormErrors())
    result.setError(
      validation([
        { field: 'register.request.username', message: 'Déjà pris' },
        { field: 'username', message: 'second message' },
      ]),
    )
    expect({ ...result.fields }).toEqual({ username: 'Déjà pris' })
    expect(fieldKey('errors[0].email')).toBe('email')
  })

  it('takes the general message from detail, else from title', () => {
    const { result } = withSetup(() => useFormErrors())
    result.setError(validation([], { detail: 'Le formulaire est incomplet' }))
    expect(result.general.value).toBe('Le formulaire est incomplet')
    result.setError(validation([]))
    expect(result.general.value).toBe('Validation failed')
  })

  it('translates the cases it knows: e-mail not verified, rate limit, network, overrides by status', () => {
    const { result } = withSetup(() => useFormErrors({ messages: { 401: 'auth.login.invalid', 403: 'groups.join.forbidden' } }))
    result.setError(new ApiError({ status: 403, type: 'https://x/problems/email-not-verified', detail: 'verify first' }))
    expect(result.general.value).toBe("Vérifiez d'abord votre adresse e-mail : suivez le lien reçu par e-mail.")
    result.setError(new ApiError({ status: 429, retryAfter: 30, title: 'Too Many Requests' }))
    expect(result.general.value).toBe('Trop de tentatives. Réessayez dans 30 secondes.')
    result.setError(new ApiError({ status: 0, type: 'urn:entraide:problems/network-error' }))
    expect(result.general.value).toMatch(/Le serveur ne répond pas/)
    result.setError(new ApiError({ status: 401, title: 'Unauthorized' }))
    expect(result.general.value).toBe('Adresse e-mail ou mot de passe incorrect.')
  })

  it('clear() empties fields and general message; a new error replaces the old fields', () => {
    const { result } = withSetup(() => useFormErrors())
    result.setError(validation([{ field: 'email', message: 'x' }]))
    result.setError(validation([{ field: 'password', message: 'y' }]))
    expect(Object.keys(result.fields)).toEqual(['password'])
    result.clear()
    expect(Object.keys(result.fields)).toEqual([])
    expect(result.general.value).toBe('')
    expect(result.hasErrors.value).toBe(false)
  })

  it('after a failed submission, the focus goes to the first field in error, in the order of the form', async () => {
    let errors
    const Form = defineComponent({
      setup() {
        errors = useFormErrors()
        const submit = (event) => {
          event.preventDefault()
          errors.clear()
          // The server names the password first; the form shows the e-mail first: the e-mail takes the focus.
          errors.setError(validation([{ field: 'register.arg0.password', message: 'Trop court' }, { field: 'email', message: 'Adresse invalide' }]))
        }
        return () =>
          h('form', { onSubmit: submit, novalidate: true }, [
            h(AppInput, { id: 'f-name', label: 'Nom', modelValue: '', error: errors.fields.name }),
            h(AppInput, { id: 'f-email', label: 'E-mail', modelValue: '', error: errors.fields.email }),
            h(AppInput, { id: 'f-password', label: 'Mot de passe', modelValue: '', error: errors.fields.password }),
            h('button', { type: 'submit' }, 'Créer mon compte'),
          ])
      },
    })
    render(Form, { global: { plugins: [createAppI18n('fr')] } })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }))
    await nextTick()
    expect(screen.getByRole('textbox', { name: /E-mail/ })).toHaveFocus()

    // The form's own checks (setFieldError) move it too.
    errors.clear()
    errors.setFieldError('password', 'Trop court')
    await nextTick()
    await nextTick()
    expect(screen.getByLabelText(/Mot de passe/)).toHaveFocus()
  })

  it('leaves the focus alone when no field is marked (a general error only), or when asked to', async () => {
    const { result } = withSetup(() => useFormErrors({ focus: false }))
    const input = document.body.appendChild(Object.assign(document.createElement('input'), { id: 'x' }))
    input.setAttribute('aria-invalid', 'true')
    result.setFieldError('x', 'faux')
    await nextTick()
    expect(input).not.toHaveFocus()
    expect(focusFirstError(document.createElement('div'))).toBeNull()
    expect(focusFirstError()).toBe(input)
    input.remove()
  })
})
