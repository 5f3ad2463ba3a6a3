import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { defineComponent, h, ref } from 'vue'
import PollOptionsEditor from './PollOptionsEditor.vue'
import { copyFirstTimes, newRow, optionErrorPath, rowsToOptions } from '@/features/polls/pollOptions'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

function host(initial) {
  const rows = ref(initial)
  const component = defineComponent({
    setup: () => () => h(PollOptionsEditor, { modelValue: rows.value, 'onUpdate:modelValue': (v) => (rows.value = v) }),
  })
  return { rows, component }
}

describe('PollOptionsEditor', () => {
  it('adds dates, copies the first times to the other dates, adds a text option and removes a row', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    const user = userEvent.setup()
    const { rows, component } = host([newRow('date')])
    await renderWithApp(component)

    await user.click(screen.getByRole('button', { name: 'Ajouter une date' }))
    await user.click(screen.getByRole('button', { name: 'Ajouter une date' }))
    expect(rows.value).toHaveLength(3)
    const first = screen.getByRole('group', { name: 'Proposition 1 : date' })
    await user.type(within(first).getByLabelText('Début'), '13:00')
    await user.type(within(first).getByLabelText('Fin'), '15:00')
    const third = screen.getByRole('group', { name: 'Proposition 3 : date' })
    await user.type(within(third).getByLabelText('Début'), '09:30')

    await user.click(screen.getByRole('button', { name: 'Copier ces horaires aux autres dates' }))
    expect(rows.value.map((r) => [r.start, r.end])).toEqual([
      ['13:00', '15:00'],
      ['13:00', '15:00'],
      ['13:00', '15:00'],
    ])
    expect(within(third).getByLabelText('Début')).toHaveValue('13:00')
    expect(screen.getByRole('status')).toHaveTextContent('Horaires 13:00–15:00 copiés sur 2 autres dates.')

    await user.click(screen.getByRole('button', { name: 'Ajouter une option texte' }))
    expect(screen.getByRole('group', { name: 'Proposition 4 : texte' })).toBeInTheDocument()
    expect(screen.getByLabelText('Libellé')).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Retirer la proposition 2' }))
    expect(rows.value).toHaveLength(3)
    expect(screen.getByRole('group', { name: 'Proposition 3 : texte' })).toBeInTheDocument()
  })

  it('turns rows into API options in Paris time and reads per-option errors', () => {
    const rows = [newRow('date'), newRow('text'), newRow('date')]
    Object.assign(rows[0], { date: '2027-03-28', start: '01:30', end: '04:30' })
    Object.assign(rows[1], { label: '  Un samedi de décembre ' })
    Object.assign(rows[2], { date: '2026-11-14', start: '09:00', end: '11:00' })
    expect(copyFirstTimes(rows)).toBe(1)
    expect(rowsToOptions(rows, 'Europe/Paris')).toEqual([
      { startsAt: '2027-03-28T00:30:00.000Z', endsAt: '2027-03-28T02:30:00.000Z', label: undefined },
      { label: 'Un samedi de décembre' },
      { startsAt: '2026-11-14T00:30:00.000Z', endsAt: '2026-11-14T03:30:00.000Z', label: undefined },
    ])
    expect(optionErrorPath('options[2].label')).toEqual({ index: 2, field: 'label' })
    expect(optionErrorPath('create.request.options[1].endsAt')).toEqual({ index: 1, field: 'endsAt' })
    expect(optionErrorPath('options')).toBe(null)
  })
})
