export default [
  { path: '/forbidden', name: 'forbidden', component: () => import('@/features/errors/views/ForbiddenView.vue'), meta: { titleKey: 'common.forbidden.title' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/features/errors/views/NotFoundView.vue'), meta: { titleKey: 'common.notFound.title' } },
]
