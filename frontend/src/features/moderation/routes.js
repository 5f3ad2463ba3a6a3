export default [
  {
    path: '/groups/:slug/admin/moderation',
    name: 'group-moderation',
    component: () => import('@/features/moderation/views/GroupModerationView.vue'),
    props: true,
    meta: { titleKey: 'moderation.queue.shortTitle', requiresAuth: true },
  },
  {
    path: '/groups/:slug/admin/audit',
    name: 'group-audit',
    component: () => import('@/features/moderation/views/GroupAuditView.vue'),
    props: true,
    meta: { titleKey: 'moderation.audit.title', requiresAuth: true },
  },
]
