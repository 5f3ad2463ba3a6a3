import { http } from '@/lib/http'

export const adminApi = {
  users: ({ q, limit = 20, cursor } = {}) => http.get('/admin/users', { query: { q, limit, cursor } }),
  /** Every group, private ones included, with member, coordinator and pending counts. */
  groups: ({ q, limit = 20, cursor } = {}) => http.get('/admin/groups', { query: { q, limit, cursor } }),
  updateUser: (id, changes) => http.patch(`/admin/users/${encodeURIComponent(id)}`, changes),
}
