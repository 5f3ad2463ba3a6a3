import { describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fieldKey, useFormErrors } from './useFormErrors'
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
})
