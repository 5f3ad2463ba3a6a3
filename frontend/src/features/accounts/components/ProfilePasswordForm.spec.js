import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ProfilePasswordForm from './ProfilePasswordForm.vue'
import { renderWithApp } from '@/test/render'
import { jsonResponse, mockFetch, problem } from '@/test/http-mock'

describe('ProfilePasswordForm', () => {
  it('shows the server refusal beside its field, then confirms the change and empties the fields', async () => {
    let attempt = 0
    const api = mockFetch({
      'POST /api/v1/auth/refresh': problem(401),
      'POST /api/v1/me/password': () =>
        ++attempt === 1
          ? problem(400, { title: 'Données invalides', errors: [{ field: 'currentPassword', message: 'Le mot de passe actuel ne correspond pas.' }] })
          : jsonResponse(204),
    })
    await renderWithApp(ProfilePasswordForm)
    const user = userEvent.setup()
    const current = screen.getByLabelText(/Mot de passe actuel/)
    await user.type(current, 'ancien-mot-de-passe')
    await user.type(screen.getByLabelText(/Nouveau mot de passe/), 'un-nouveau-mot-de-passe')
    await user.click(screen.getByRole('button', { name: /Changer/ }))

    expect(await screen.findByText('Le mot de passe actuel ne correspond pas.')).toBeInTheDocument()
    expect(current).toHaveAttribute('aria-invalid', 'true')

    await user.click(screen.getByRole('button', { name: /Changer/ }))
    expect(await screen.findByRole('status')).toHaveTextContent('Votre mot de passe a été changé.')
    expect(current).toHaveValue('')
    expect(screen.queryByText('Le mot de passe actuel ne correspond pas.')).not.toBeInTheDocument()
    expect(api.callsTo('POST /api/v1/me/password')[1].body).toEqual({ currentPassword: 'ancien-mot-de-passe', newPassword: 'un-nouveau-mot-de-passe' })
  })
})
