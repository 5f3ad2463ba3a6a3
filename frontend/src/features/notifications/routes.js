export default [
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@/features/notifications/views/NotificationsView.vue'),
    meta: { titleKey: 'notifications.title', requiresAuth: true },
  },
  {
    path: '/unsubscribe',
    name: 'unsubscribe',
    component: () => import('@/features/notifications/views/UnsubscribeView.vue'),
    meta: { titleKey: 'notifications.unsubscribe.title' },
  },
]
