import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/vue'
import ForumTopicList from './ForumTopicList.vue'
import { renderWithApp } from '@/test/render'
import { mockFetch, problem } from '@/test/http-mock'

const topic = (id, overrides = {}) => ({
  id, title: `Sujet ${id}`, author: { id: 2, displayName: 'Anne Bertrand' }, createdAt: '2026-11-01T08:00:00Z',
  lastPostAt: '2026-11-02T08:00:00Z', replyCount: 0, pinned: false, locked: false, unread: null, ...overrides,
})

describe('ForumTopicList', () => {
  it('gives each topic its author avatar, title link, replies, last activity and unread count, in words', async () => {
    mockFetch({ 'POST /api/v1/auth/refresh': problem(401) })
    await renderWithApp(
      { components: { ForumTopicList }, template: '<h2 id="t">Discussions</h2><ForumTopicList :threads="threads" labelledby="t" />', data: () => ({ threads: [topic(1, { replyCount: 4, unread: 3, pinned: true }), topic(2, { author: null, locked: true })] }) },
    )
    const rows = within(screen.getByRole('list', { name: 'Discussions' })).getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    const link = within(rows[0]).getByRole('link', { name: 'Sujet 1' })
    expect(link).toHaveAttribute('href', '/threads/1')
    expect(link).toHaveClass('title-link')
    expect(within(rows[0]).getByRole('heading', { level: 3, name: 'Sujet 1' })).toBeInTheDocument()
    expect(within(rows[0]).getByText('AB')).toHaveAttribute('aria-hidden', 'true')
    expect(within(rows[0]).getByText('4 réponses')).toBeInTheDocument()
    expect(within(rows[0]).getByText('3 non lus')).toBeInTheDocument()
    expect(within(rows[0]).getByText('Épinglé')).toBeInTheDocument()
    expect(within(rows[0]).getByText('Dernière activité', { exact: false })).toBeInTheDocument()
    expect(rows[0].querySelector('time')).toHaveAttribute('datetime', '2026-11-02T08:00:00Z')
    expect(within(rows[1]).getByText('Aucune réponse')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Verrouillé')).toBeInTheDocument()
    expect(within(rows[1]).queryByText(/non lu/)).not.toBeInTheDocument()
  })
})
