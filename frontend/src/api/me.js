import { http } from './http'

export const meApi = {
  get: () => http.get('/me'),
  update: (changes) => http.patch('/me', changes),
  changePassword: (currentPassword, newPassword) => http.post('/me/password', { currentPassword, newPassword }),
  exportData: () => http.get('/me/export'),
  deleteAccount: (password) => http.delete('/me', { password }),
  listTokens: () => http.get('/me/tokens'),
  createToken: ({ name, expiresAt }) => http.post('/me/tokens', { name, expiresAt: expiresAt || undefined }),
  revokeToken: (id) => http.delete(`/me/tokens/${encodeURIComponent(id)}`),
}
