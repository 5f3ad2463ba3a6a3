import { http } from '@/lib/http'

export const invitationsApi = {
  get: (token) => http.get(`/invitations/${encodeURIComponent(token)}`),
  accept: (token) => http.post(`/invitations/${encodeURIComponent(token)}/accept`, {}),
}
