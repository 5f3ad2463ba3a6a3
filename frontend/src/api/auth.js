import { http } from './http'

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
