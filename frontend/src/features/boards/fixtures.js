import { SLUG } from '@/features/groups/group.fixtures'

/** Test data shaped like the API's BoardView and CardView. */
export { SLUG }

export const cardView = (overrides = {}) => ({
  id: 11,
  columnId: 1,
  position: 'V',
  text: 'Les médiathèques ne sont pas sur la carte',
  details: '',
  author: { id: 1, displayName: 'Camille' },
  stackId: null,
  votes: null,
  myVote: false,
  actionId: null,
  threadId: null,
  version: 0,
  updatedAt: '2026-11-14T12:00:00Z',
  can: { edit: true, delete: true },
  ...overrides,
})

export const boardView = (overrides = {}) => ({
  id: 3,
  group: SLUG,
  title: 'Feuille de route 2027',
  question: 'Que faire des médiathèques ?',
  timeBoxMinutes: 45,
  votesPerMember: 3,
  votesLeft: 3,
  meetingId: null,
  workshopId: null,
  status: 'OPEN',
  revealed: false,
  createdBy: { id: 2, displayName: 'Dominique' },
  createdAt: '2026-11-14T12:00:00Z',
  closedAt: null,
  lastSeq: 4,
  version: 0,
  columns: [
    { id: 1, name: 'Constats', position: 1, cards: [cardView(), cardView({ id: 12, position: 'k', text: 'Personne ne sait qui contacter' })] },
    { id: 2, name: 'Idées', position: 2, cards: [cardView({ id: 13, columnId: 2, text: 'Une carte des lieux' })] },
    { id: 3, name: 'Actions', position: 3, cards: [] },
  ],
  /** A member's (a test names only what it allows: the rest is false). */
  can: { takePart: true },
  ...overrides,
})
