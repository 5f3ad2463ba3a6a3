export default [
  {
    path: '/local-mailbox',
    name: 'local-mailbox',
    component: () => import('@/features/local/views/LocalMailboxView.vue'),
    meta: { titleKey: 'local.mailbox.title' },
  },
]
