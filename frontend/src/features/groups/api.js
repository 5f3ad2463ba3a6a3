import { http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`

export const groupsApi = {
  list: ({ limit = 20, cursor } = {}) => http.get('/groups', { query: { limit, cursor } }),
  get: (slug) => http.get(g(slug)),
  create: (payload) => http.post('/groups', payload),
  update: (slug, changes) => http.patch(g(slug), changes),
  categories: (slug) => http.get(`${g(slug)}/categories`),
  members: (slug, { limit = 20, cursor, status } = {}) =>
    http.get(`${g(slug)}/members`, { query: { limit, cursor, status } }),
  join: (slug) => http.post(`${g(slug)}/members`, {}),
  updateMember: (slug, userId, changes) => http.patch(`${g(slug)}/members/${encodeURIComponent(userId)}`, changes),
  removeMember: (slug, userId) => http.delete(`${g(slug)}/members/${encodeURIComponent(userId)}`),
  pendingInvitations: (slug, { cursor, limit = 20 } = {}) => http.get(`${g(slug)}/invitations`, { query: { cursor, limit } }),
  revokeInvitation: (slug, id) => http.delete(`${g(slug)}/invitations/${id}`),
  invite: (slug, { email, message }) => http.post(`${g(slug)}/invitations`, { email, message: message || undefined }),
}
