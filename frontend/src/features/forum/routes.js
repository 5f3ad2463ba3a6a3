/** Lazy message catalogues (src/i18n/locales/<lang>/<feature>.json) the forum screens need. */
const FORUM_MESSAGES = ['forum', 'search']

export default [
  {
    path: '/groups/:slug/forum',
    name: 'forum',
    component: () => import('@/features/forum/views/ForumView.vue'),
    props: true,
    meta: { titleKey: 'forum.title', messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/forum/new',
    name: 'forum-new',
    component: () => import('@/features/forum/views/ForumNewThreadView.vue'),
    props: true,
    meta: { titleKey: 'forum.newThread.title', requiresAuth: true, messages: FORUM_MESSAGES },
  },
  {
    path: '/groups/:slug/forum/:category',
    name: 'forum-category',
    component: () => import('@/features/forum/views/ForumCategoryView.vue'),
    props: true,
    meta: { titleKey: 'forum.title', messages: FORUM_MESSAGES },
  },
  {
    path: '/threads/:id(\\d+)',
    name: 'thread',
    component: () => import('@/features/forum/views/ThreadView.vue'),
    props: true,
    meta: { titleKey: 'forum.thread.loadingTitle', messages: FORUM_MESSAGES },
  },
]
