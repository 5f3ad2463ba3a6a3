import { SLUG } from '@/features/groups/group.fixtures'

/** A workshop as GET /workshops/{id} answers it, for the tests. */
export const workshop = (overrides = {}) => ({
  id: 7,
  group: SLUG,
  seriesId: null,
  title: "Atelier d'entraide : accueillir les habitants",
  description: '',
  startsAt: '2026-12-08T13:00:00Z',
  endsAt: '2026-12-08T15:00:00Z',
  timezone: 'Europe/Paris',
  onlineUrl: 'https://meet.jit.si/atelier',
  hasOnlineUrl: true,
  location: null,
  facilitator: { id: 2, displayName: 'Angélique' },
  capacity: 6,
  confirmedCount: 2,
  waitlistCount: 0,
  seatsLeft: 4,
  status: 'OPEN',
  myRegistration: null,
  chosenProblemId: null,
  threadId: 90,
  phase: null,
  version: 1,
  /** A member's, not signed up, while it is open (a test names only what it allows: the rest is false). */
  can: { register: true, follow: true },
  ...overrides,
})
