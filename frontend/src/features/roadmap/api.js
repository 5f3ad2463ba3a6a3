import { http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const id = (value) => encodeURIComponent(value)

/** Action statuses, in the order an action usually goes through them. */
export const ACTION_STATUSES = ['WAITING', 'ACTIONABLE', 'IN_PROGRESS', 'DONE', 'DROPPED']

/** Drops the keys whose value is undefined, so PATCH bodies only carry what changes. */
function defined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined))
}

export const roadmapApi = {
  /** `{axes: [{id, title, description, position, version, actions: [ActionView]}], can: {manage}}` */
  roadmap: (slug) => http.get(`${g(slug)}/roadmap`),

  // Axes ("axes de la feuille de route"), coordinators only
  createAxis: (slug, { title, description }) => http.post(`${g(slug)}/roadmap/axes`, { title, description: description || undefined }),
  updateAxis: (axisId, { title, description, position, version }) =>
    http.patch(`/roadmap/axes/${id(axisId)}`, defined({ title, description, position, version })),
  deleteAxis: (axisId) => http.delete(`/roadmap/axes/${id(axisId)}`),

  // Actions
  createAction: (axisId, { title, description, status, targetDate }) =>
    http.post(
      `/roadmap/axes/${id(axisId)}/actions`,
      defined({ title, description: description || undefined, status: status || undefined, targetDate: targetDate || undefined }),
    ),
  /** `{action, axis: {id, title}, group: {slug, name}, volunteering, can: {manage, volunteer, withdraw}, subscription}` */
  action: (actionId) => http.get(`/roadmap/actions/${id(actionId)}`),
  /** `changes`: any of title, description, status, axisId (move), position (1-based rank), targetDate; `version` is required. */
  updateAction: (actionId, changes, version) => http.patch(`/roadmap/actions/${id(actionId)}`, defined({ ...changes, version })),
  /** Reorders within the axis: `position` is the new 1-based rank. */
  moveAction: (actionId, position, version) => http.patch(`/roadmap/actions/${id(actionId)}`, { position, version }),
  deleteAction: (actionId) => http.delete(`/roadmap/actions/${id(actionId)}`),
  history: (actionId) => http.get(`/roadmap/actions/${id(actionId)}/history`),

  // "Je m'en empare"
  volunteer: (actionId) => http.post(`/roadmap/actions/${id(actionId)}/volunteers`, {}),
  withdraw: (actionId) => http.delete(`/roadmap/actions/${id(actionId)}/volunteers/me`),
}
