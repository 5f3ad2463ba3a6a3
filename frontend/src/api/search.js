import { http } from './http'

export const searchApi = {
  search: ({ q, group, limit = 20 }) => http.get('/search', { query: { q, group, limit } }),
}
