/** Meetings, the group agenda and date polls (the poll screens also name meeting kinds). */
const MEETING_MESSAGES = ['meetings', 'polls']

export default [
  {
    path: '/groups/:slug/polls',
    name: 'polls',
    component: () => import('@/features/polls/views/PollsView.vue'),
    props: true,
    meta: { titleKey: 'polls.list.shortTitle', messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/polls/new',
    name: 'poll-new',
    component: () => import('@/features/polls/views/PollNewView.vue'),
    props: true,
    meta: { titleKey: 'polls.form.title', requiresAuth: true, messages: MEETING_MESSAGES },
  },
  {
    path: '/polls/:id(\\d+)',
    name: 'poll',
    component: () => import('@/features/polls/views/PollView.vue'),
    props: true,
    meta: { titleKey: 'polls.page.loadingTitle', messages: MEETING_MESSAGES },
  },
]
