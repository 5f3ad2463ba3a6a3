export default [
  { path: '/register', name: 'register', component: () => import('@/features/accounts/views/RegisterView.vue'), meta: { titleKey: 'auth.register.title', guestOnly: true } },
  { path: '/login', name: 'login', component: () => import('@/features/accounts/views/LoginView.vue'), meta: { titleKey: 'auth.login.title', guestOnly: true } },
  { path: '/verify-email', name: 'verify-email', component: () => import('@/features/accounts/views/VerifyEmailView.vue'), meta: { titleKey: 'auth.verify.title' } },
  { path: '/forgot-password', name: 'forgot-password', component: () => import('@/features/accounts/views/ForgotPasswordView.vue'), meta: { titleKey: 'auth.forgot.title' } },
  { path: '/reset-password', name: 'reset-password', component: () => import('@/features/accounts/views/ResetPasswordView.vue'), meta: { titleKey: 'auth.reset.title' } },
  { path: '/members/:id(\\d+)', name: 'member', component: () => import('@/features/accounts/views/MemberView.vue'), props: true, meta: { titleKey: 'profile.member.title', requiresAuth: true } },
  { path: '/profile', name: 'profile', component: () => import('@/features/accounts/views/ProfileView.vue'), meta: { titleKey: 'profile.title', requiresAuth: true } },
]
