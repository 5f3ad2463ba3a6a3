import { http } from '@/lib/http'

// Auth endpoints never trigger the automatic refresh-and-retry of http.js.
const noRetry = { retryOn401: false }

export const authApi = {
  register: (payload) => http.post('/auth/register', payload, { auth: false }),
  verifyEmail: (token) => http.post('/auth/verify-email', { token }, { auth: false }),
  resendVerification: () => http.post('/auth/resend-verification', {}),
  login: (email, password) => http.post('/auth/login', { email, password }, { auth: false }),
  // The refresh token travels in the HttpOnly `entraide_refresh` cookie.
  refresh: () => http.post('/auth/refresh', {}, { auth: false }),
  logout: () => http.post('/auth/logout', {}, noRetry),
  requestPasswordReset: (email) => http.post('/auth/password-reset', { email }, { auth: false }),
  confirmPasswordReset: (token, newPassword) =>
    http.post('/auth/password-reset/confirm', { token, newPassword }, { auth: false }),
}

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

export const usersApi = {
  get: (id) => http.get(`/users/${encodeURIComponent(id)}`),
  search: (prefix) => http.get('/users', { query: { prefix } }),
}
