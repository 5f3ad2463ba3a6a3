import { http } from './http'

export const usersApi = {
  get: (id) => http.get(`/users/${encodeURIComponent(id)}`),
  search: (prefix) => http.get('/users', { query: { prefix } }),
}
