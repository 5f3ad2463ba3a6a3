import { ACTION_STATUSES } from './api'

export { ACTION_STATUSES }

/** AppBadge tone of each status (the badge always carries the status in words too). */
export const STATUS_TONES = {
  WAITING: 'neutral',
  ACTIONABLE: 'accent',
  IN_PROGRESS: 'warning',
  DONE: 'success',
  DROPPED: 'danger',
}

/**
 * The order of the progress picture and of its text: what is within our reach first, then what waits,
 * what moves, what is done, what was dropped.
 */
export const PROGRESS_ORDER = ['ACTIONABLE', 'WAITING', 'IN_PROGRESS', 'DONE', 'DROPPED']

/** Fill of each status in the progress bar: each at least 3:1 against white (WCAG 1.4.11). */
export const STATUS_FILLS = {
  ACTIONABLE: '#4c1d95',
  WAITING: '#6b7280',
  IN_PROGRESS: '#b45309',
  DONE: '#146c2e',
  DROPPED: '#b42318',
}

/** `{ACTIONABLE: 2, WAITING: 3, …}` for a list of actions. */
export function countByStatus(actions = []) {
  const counts = Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0]))
  for (const action of actions) if (action.status in counts) counts[action.status] += 1
  return counts
}
