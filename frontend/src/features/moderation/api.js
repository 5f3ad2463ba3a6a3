import { http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const id = (value) => encodeURIComponent(value)

/** Reasons a member may give when reporting a post ("signaler"). */
export const REPORT_REASONS = ['SPAM', 'INAPPROPRIATE', 'OFF_TOPIC', 'OTHER']
/** Where an item of the moderation queue stands. */
export const REPORT_STATUSES = ['OPEN', 'HIDDEN', 'KEPT']

export const moderationApi = {
  report: (postId, { reason, message }) => http.post(`/posts/${id(postId)}/reports`, { reason, message: message || undefined }),
  queue: (slug, { status, limit = 20, cursor } = {}) => http.get(`${g(slug)}/reports`, { query: { status, limit, cursor } }),
  resolve: (reportId, action) => http.post(`/reports/${id(reportId)}/resolve`, { action }),
  groupAudit: (slug, { limit = 30, cursor } = {}) => http.get(`${g(slug)}/audit`, { query: { limit, cursor } }),
  siteAudit: ({ limit = 30, cursor } = {}) => http.get('/admin/audit', { query: { limit, cursor } }),
}
