/** Meetings, the group agenda and date polls (the poll screens also name meeting kinds). */
const MEETING_MESSAGES = ['meetings', 'polls']

export default [
  {
    path: '/groups/:slug/agenda',
    name: 'agenda',
    component: () => import('@/features/meetings/views/AgendaView.vue'),
    props: true,
    meta: { titleKey: 'meetings.agenda.shortTitle', messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/meetings/new',
    name: 'meeting-new',
    component: () => import('@/features/meetings/views/MeetingNewView.vue'),
    props: true,
    meta: { titleKey: 'meetings.form.newTitle', requiresAuth: true, messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/meetings/:id(\\d+)',
    name: 'meeting',
    component: () => import('@/features/meetings/views/MeetingView.vue'),
    props: true,
    meta: { titleKey: 'meetings.page.loadingTitle', messages: MEETING_MESSAGES },
  },
]
