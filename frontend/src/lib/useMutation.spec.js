import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { ApiError } from './http'
import { useMutation } from './useMutation'
import { renderWithApp } from '@/test/render'

async function setup(fn, options) {
  let mutation
  await renderWithApp(
    defineComponent({
      setup() {
        mutation = useMutation(fn, options)
        return () => h('p', 'formulaire')
      },
    }),
  )
  return mutation
}

const refusal = (status, body) => new ApiError({ status, ...body })

describe('useMutation', () => {
  it('is busy while the change runs and resolves to the answer', async () => {
    let finish
    const mutation = await setup((name) => new Promise((resolve) => (finish = () => resolve({ name }))))
    const running = mutation.run('Atelier')
    expect(mutation.busy.value).toBe(true)
    finish()
    expect(await running).toEqual({ name: 'Atelier' })
    expect(mutation.busy.value).toBe(false)
    expect(mutation.error.value).toBe(null)
  })

  it('puts problem+json errors[] beside their fields and keeps one general message', async () => {
    const mutation = await setup(() =>
      Promise.reject(
        refusal(400, {
          title: 'Données invalides',
          detail: 'Le formulaire contient des erreurs.',
          errors: [
            { field: 'create.arg0.title', message: 'Le titre est obligatoire.' },
            { field: 'title', message: 'Deuxième message ignoré.' },
            { field: 'capacity', message: 'Entre 1 et 12 places.' },
          ],
        }),
      ),
    )
    expect(await mutation.run()).toBeUndefined()
    expect(mutation.fields).toEqual({ title: 'Le titre est obligatoire.', capacity: 'Entre 1 et 12 places.' })
    expect(mutation.general.value).toBe('Le formulaire contient des erreurs.')
    expect(mutation.error.value.status).toBe(400)
  })

  it('clears the previous refusal on the next try and translates the cases it knows', async () => {
    let attempt = 0
    const mutation = await setup(
      () => (++attempt === 1 ? Promise.reject(refusal(409, { title: 'Conflict' })) : Promise.resolve('ok')),
      { messages: { 409: 'common.errors.generic' } },
    )
    await mutation.run()
    expect(mutation.general.value).toBe('Une erreur est survenue. Réessayez.')
    expect(await mutation.run()).toBe('ok')
    expect(mutation.general.value).toBe('')
    expect(mutation.fields).toEqual({})
  })
})
