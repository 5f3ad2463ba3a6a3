import { http } from '@/lib/http'

const g = (slug) => `/groups/${encodeURIComponent(slug)}`
const p = (pollId) => `/polls/${encodeURIComponent(pollId)}`

/** Answers to an option, in the order of the grid (labels in polls.json → `polls.choices.<CHOICE>`). */
export const CHOICES = ['YES', 'IF_NEED_BE', 'NO']
/** What a closed poll's chosen date may become. */
export const OUTCOMES = ['MEETING', 'WORKSHOP']

export const pollsApi = {
  /** Newest first, a page at a time (`{items, nextCursor}`). */
  list: (slug, { cursor, limit } = {}) => http.get(`${g(slug)}/polls`, { query: { cursor, limit } }),
  /** `options: [{label?, startsAt?, endsAt?}]`: a date option, a text option, or both. */
  create: (slug, { title, description, options, closesAt }) =>
    http.post(`${g(slug)}/polls`, {
      title,
      description: description || undefined,
      options: options.map(({ label, startsAt, endsAt }) => ({
        label: label || undefined,
        startsAt: startsAt || undefined,
        endsAt: endsAt || undefined,
      })),
      closesAt: closesAt || undefined,
    }),
  get: (pollId) => http.get(p(pollId)),
  /** Replaces all the caller's answers: `votes: [{optionId, choice}]`. */
  vote: (pollId, votes) => http.put(`${p(pollId)}/votes`, { votes }),
  /** A chosen date may become a meeting or a workshop, with its title and description (the poll's when empty). */
  close: (pollId, { chosenOptionId, createAs, kind, onlineUrl, title, description, yesVotersComing } = {}) =>
    http.post(`${p(pollId)}/close`, {
      chosenOptionId: chosenOptionId ?? undefined,
      createAs: createAs || undefined,
      kind: createAs === 'MEETING' ? kind || undefined : undefined,
      onlineUrl: createAs ? onlineUrl || undefined : undefined,
      title: createAs ? title || undefined : undefined,
      description: createAs ? description ?? undefined : undefined,
      yesVotersComing: createAs === 'MEETING' ? yesVotersComing : undefined,
    }),
}

/** The body of PUT /polls/{id}/votes from `{ optionId: choice }` (unanswered options are left out). */
export function votesBody(choices) {
  return Object.entries(choices)
    .filter(([, choice]) => CHOICES.includes(choice))
    .map(([optionId, choice]) => ({ optionId: Number(optionId), choice }))
}
