/** Lazy message catalogues (src/i18n/locales/<lang>/<feature>.json) the forum screens need. */
const FORUM_MESSAGES = ['forum', 'search']

export default [
  { path: '/search', name: 'search', component: () => import('@/features/search/views/SearchView.vue'), meta: { titleKey: 'search.title', messages: FORUM_MESSAGES } },
]
