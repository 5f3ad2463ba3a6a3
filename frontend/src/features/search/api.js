import { http } from '@/lib/http'

export const searchApi = {
  search: ({ q, group, limit = 20 }) => http.get('/search', { query: { q, group, limit } }),
}
