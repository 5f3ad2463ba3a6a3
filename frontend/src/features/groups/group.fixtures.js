/** A group as GET /groups/{slug} answers it, for the tests. */
export const SLUG = 'mediatheques-tiers-lieux'

/**
 * How the caller stands in the group, with what the server then lets them do (`can`), as overrides of `groupView`:
 * `groupView(AS.coordinator)`, `groupView({ ...AS.outsider, joinPolicy: 'APPROVAL' })`.
 */
export const AS = {
  member: { myRole: 'MEMBER', myStatus: 'ACTIVE', can: { join: false, leave: true, takePart: true, coordinate: false } },
  coordinator: { myRole: 'COORDINATOR', myStatus: 'ACTIVE', can: { join: false, leave: true, takePart: true, coordinate: true } },
  pending: { myRole: 'MEMBER', myStatus: 'PENDING', can: { join: false, leave: true, takePart: false, coordinate: false } },
  /** Signed in, verified, not in the group. */
  outsider: { myRole: null, myStatus: null, can: { join: true, leave: false, takePart: false, coordinate: false } },
  /** Signed out. */
  visitor: { myRole: null, myStatus: null, can: { join: false, leave: false, takePart: false, coordinate: false } },
}

export const groupView = (overrides = {}) => ({
  id: 3,
  slug: SLUG,
  name: 'GT médiathèques tiers-lieux',
  description: '',
  visibility: 'PUBLIC',
  joinPolicy: 'OPEN',
  memberCount: 12,
  createdAt: '2026-01-01T10:00:00Z',
  ...AS.member,
  ...overrides,
})
