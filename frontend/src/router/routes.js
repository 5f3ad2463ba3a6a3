/** Lazy message catalogues (src/i18n/locales/<lang>/<feature>.json) the forum screens need. */
const FORUM_MESSAGES = ['forum', 'search']
/** The mutual-aid workshops ("ateliers d'entraide") bring their own catalogue. */
const WORKSHOP_MESSAGES = ['workshops']
/** The roadmap ("feuille de route"); the action page also shows the forum's bell. */
const ROADMAP_MESSAGES = ['roadmap']
const ROADMAP_ACTION_MESSAGES = ['roadmap', 'forum']
/** Meetings, the group agenda and date polls (the poll screens also name meeting kinds). */
const MEETING_MESSAGES = ['meetings', 'polls']

export const routes = [
  { path: '/', name: 'groups', component: () => import('@/views/groups/GroupsListView.vue'), meta: { titleKey: 'groups.list.title' } },
  {
    path: '/groups/:slug',
    name: 'group',
    component: () => import('@/views/groups/GroupView.vue'),
    props: true,
    meta: { messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/admin',
    name: 'group-admin',
    component: () => import('@/views/groups/GroupAdminView.vue'),
    props: true,
    meta: { requiresAuth: true, messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/forum',
    name: 'forum',
    component: () => import('@/views/forum/ForumView.vue'),
    props: true,
    meta: { titleKey: 'forum.title', messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/forum/new',
    name: 'forum-new',
    component: () => import('@/views/forum/ForumNewThreadView.vue'),
    props: true,
    meta: { titleKey: 'forum.newThread.title', requiresAuth: true, messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/forum/:category',
    name: 'forum-category',
    component: () => import('@/views/forum/ForumCategoryView.vue'),
    props: true,
    meta: { titleKey: 'forum.title', messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops',
    name: 'workshops',
    component: () => import('@/views/workshops/WorkshopsView.vue'),
    props: true,
    meta: { titleKey: 'workshops.title', messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops/new',
    name: 'workshop-new',
    component: () => import('@/views/workshops/WorkshopNewView.vue'),
    props: true,
    meta: { titleKey: 'workshops.form.title', requiresAuth: true, messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops/series',
    name: 'workshop-series',
    component: () => import('@/views/workshops/WorkshopSeriesView.vue'),
    props: true,
    meta: { titleKey: 'workshops.series.title', requiresAuth: true, messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops/:id(\\d+)',
    name: 'workshop',
    component: () => import('@/views/workshops/WorkshopView.vue'),
    props: true,
    meta: { titleKey: 'workshops.page.loadingTitle', messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshop-journal',
    name: 'workshop-journal',
    component: () => import('@/views/workshops/WorkshopJournalView.vue'),
    props: true,
    meta: { titleKey: 'workshops.journal.shortTitle', requiresAuth: true, messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/agenda',
    name: 'agenda',
    component: () => import('@/views/meetings/AgendaView.vue'),
    props: true,
    meta: { titleKey: 'meetings.agenda.shortTitle', messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/meetings/new',
    name: 'meeting-new',
    component: () => import('@/views/meetings/MeetingNewView.vue'),
    props: true,
    meta: { titleKey: 'meetings.form.newTitle', requiresAuth: true, messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/meetings/:id(\\d+)',
    name: 'meeting',
    component: () => import('@/views/meetings/MeetingView.vue'),
    props: true,
    meta: { titleKey: 'meetings.page.loadingTitle', messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/polls',
    name: 'polls',
    component: () => import('@/views/polls/PollsView.vue'),
    props: true,
    meta: { titleKey: 'polls.list.shortTitle', messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/polls/new',
    name: 'poll-new',
    component: () => import('@/views/polls/PollNewView.vue'),
    props: true,
    meta: { titleKey: 'polls.form.title', requiresAuth: true, messages: MEETING_MESSAGES },
  },
  {
    path: '/polls/:id(\\d+)',
    name: 'poll',
    component: () => import('@/views/polls/PollView.vue'),
    props: true,
    meta: { titleKey: 'polls.page.loadingTitle', messages: MEETING_MESSAGES },
  },
  {
    path: '/groups/:slug/roadmap',
    name: 'roadmap',
    component: () => import('@/views/roadmap/RoadmapBoardView.vue'),
    props: true,
    meta: { titleKey: 'roadmap.title', messages: ROADMAP_MESSAGES },
  },
  {
    path: '/groups/:slug/roadmap/actions/:id(\\d+)',
    name: 'roadmap-action',
    component: () => import('@/views/roadmap/RoadmapActionView.vue'),
    props: true,
    meta: { titleKey: 'roadmap.action.loadingTitle', messages: ROADMAP_ACTION_MESSAGES },
  },
  {
    path: '/threads/:id(\\d+)',
    name: 'thread',
    component: () => import('@/views/forum/ThreadView.vue'),
    props: true,
    meta: { titleKey: 'forum.thread.loadingTitle', messages: FORUM_MESSAGES },
  },
  { path: '/search', name: 'search', component: () => import('@/views/search/SearchView.vue'), meta: { titleKey: 'search.title', messages: FORUM_MESSAGES } },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@/views/notifications/NotificationsView.vue'),
    meta: { titleKey: 'notifications.title', requiresAuth: true },
  },
  {
    path: '/unsubscribe',
    name: 'unsubscribe',
    component: () => import('@/views/notifications/UnsubscribeView.vue'),
    meta: { titleKey: 'notifications.unsubscribe.title' },
  },
  { path: '/register', name: 'register', component: () => import('@/views/auth/RegisterView.vue'), meta: { titleKey: 'auth.register.title', guestOnly: true } },
  { path: '/login', name: 'login', component: () => import('@/views/auth/LoginView.vue'), meta: { titleKey: 'auth.login.title', guestOnly: true } },
  { path: '/verify-email', name: 'verify-email', component: () => import('@/views/auth/VerifyEmailView.vue'), meta: { titleKey: 'auth.verify.title' } },
  { path: '/forgot-password', name: 'forgot-password', component: () => import('@/views/auth/ForgotPasswordView.vue'), meta: { titleKey: 'auth.forgot.title' } },
  { path: '/reset-password', name: 'reset-password', component: () => import('@/views/auth/ResetPasswordView.vue'), meta: { titleKey: 'auth.reset.title' } },
  { path: '/invitations', name: 'invitation', component: () => import('@/views/invitations/InvitationView.vue'), meta: { titleKey: 'invitations.title' } },
  { path: '/profile', name: 'profile', component: () => import('@/views/profile/ProfileView.vue'), meta: { titleKey: 'profile.title', requiresAuth: true } },
  {
    path: '/admin',
    name: 'admin',
    component: () => import('@/views/admin/AdminView.vue'),
    meta: { titleKey: 'admin.title', requiresAuth: true, roles: ['ADMIN'] },
  },
  { path: '/forbidden', name: 'forbidden', component: () => import('@/views/errors/ForbiddenView.vue'), meta: { titleKey: 'common.forbidden.title' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/errors/NotFoundView.vue'), meta: { titleKey: 'common.notFound.title' } },
]
