/** "Mon espace" names meeting kinds and action statuses: it brings those catalogues too. */
export default [
  {
    path: '/mon-espace',
    name: 'home',
    component: () => import('@/features/home/views/HomeView.vue'),
    meta: { requiresAuth: true, titleKey: 'home.title', messages: ['home', 'meetings', 'roadmap'] },
  },
]
