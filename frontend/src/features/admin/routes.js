export default [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('@/features/admin/views/AdminView.vue'),
    meta: { titleKey: 'admin.title', requiresAuth: true, roles: ['ADMIN'] },
  },
]
