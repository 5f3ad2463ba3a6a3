/** Lazy message catalogues (src/i18n/locales/<lang>/<feature>.json) the forum screens need. */
const FORUM_MESSAGES = ['forum', 'search']

export default [
  { path: '/', name: 'groups', component: () => import('@/features/groups/views/GroupsListView.vue'), meta: { titleKey: 'groups.list.title' } },
  {
    path: '/groups/:slug',
    name: 'group',
    component: () => import('@/features/groups/views/GroupView.vue'),
    props: true,
    meta: { messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/admin',
    name: 'group-admin',
    component: () => import('@/features/groups/views/GroupAdminView.vue'),
    props: true,
    meta: { requiresAuth: true, messages: FORUM_MESSAGES },
  },
]
