/** The roadmap ("feuille de route"); the action page also shows the forum's bell. */
const ROADMAP_MESSAGES = ['roadmap']
const ROADMAP_ACTION_MESSAGES = ['roadmap', 'forum']

export default [
  {
    path: '/groups/:slug/roadmap',
    name: 'roadmap',
    component: () => import('@/features/roadmap/views/RoadmapBoardView.vue'),
    props: true,
    meta: { titleKey: 'roadmap.title', messages: ROADMAP_MESSAGES },
  },
  {
    path: '/groups/:slug/roadmap/actions/:id(\\d+)',
    name: 'roadmap-action',
    component: () => import('@/features/roadmap/views/RoadmapActionView.vue'),
    props: true,
    meta: { titleKey: 'roadmap.action.loadingTitle', messages: ROADMAP_ACTION_MESSAGES },
  },
]
