export default [
  { path: '/invitations', name: 'invitation', component: () => import('@/features/invitations/views/InvitationView.vue'), meta: { titleKey: 'invitations.title' } },
]
