import { SLUG } from '@/features/groups/group.fixtures'

/** Test data shaped like the API's MeetingView and PollView (and the group's, shared with the other features). */
export { AS, SLUG, groupView } from '@/features/groups/group.fixtures'

export const meetingView = (overrides = {}) => ({
  id: 7,
  group: { slug: SLUG, name: 'GT médiathèques tiers-lieux', description: '' },
  title: 'Séance de retrouvailles / intégration de nouveaux participants',
  description: 'Tour de table\nAvancées de la feuille de route',
  kind: 'ONBOARDING',
  startsAt: '2026-11-14T12:00:00Z',
  endsAt: '2026-11-14T14:00:00Z',
  timezone: 'Europe/Paris',
  onlineUrl: 'https://teams.example/rejoindre',
  hasOnlineUrl: true,
  location: null,
  capacity: null,
  yesCount: 3,
  maybeCount: 1,
  noCount: 0,
  myResponse: null,
  cancelled: false,
  cancelReason: null,
  sequence: 0,
  version: 1,
  /** A member's, before the meeting (a test names only what it allows: the rest is false). */
  can: { answer: true, seeAttendees: true },
  ...overrides,
})
export const pollView = (overrides = {}) => ({
  id: 4,
  group: SLUG,
  title: 'Quelle date pour les retrouvailles ?',
  description: '',
  author: { id: 1, displayName: 'Camille' },
  closesAt: null,
  closed: false,
  chosenOptionId: null,
  createdMeetingId: null,
  createdWorkshopId: null,
  voters: 2,
  /** A member's, who did not open the poll, while it is open. */
  can: { vote: true },
  createdAt: '2026-10-01T08:00:00Z',
  options: [
    { id: 10, label: null, startsAt: '2026-11-07T12:00:00Z', endsAt: '2026-11-07T14:00:00Z', yes: 1, ifNeedBe: 0, no: 1, myChoice: null },
    { id: 11, label: null, startsAt: '2026-11-14T12:00:00Z', endsAt: '2026-11-14T14:00:00Z', yes: 2, ifNeedBe: 0, no: 0, myChoice: 'YES' },
    { id: 12, label: 'En décembre, sur place', startsAt: null, endsAt: null, yes: 0, ifNeedBe: 1, no: 1, myChoice: null },
  ],
  ...overrides,
})
