import { http } from '@/lib/http'

export const homeApi = {
  /** "Mon espace": { workshops, meetings, unreadThreads, actions, polls } across the caller's groups. */
  get: () => http.get('/me/home'),
}
