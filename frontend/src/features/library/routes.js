export default [
  {
    path: '/groups/:slug/library',
    name: 'library',
    component: () => import('@/features/library/views/LibraryView.vue'),
    props: true,
    meta: { titleKey: 'library.list.shortTitle' },
  },
  {
    path: '/groups/:slug/library/new',
    name: 'library-new',
    component: () => import('@/features/library/views/LibraryNewEntryView.vue'),
    props: true,
    meta: { titleKey: 'library.form.title', requiresAuth: true },
  },
  {
    path: '/library/:id(\\d+)',
    name: 'library-entry',
    component: () => import('@/features/library/views/LibraryEntryView.vue'),
    props: true,
    meta: { titleKey: 'library.entry.loadingTitle' },
  },
]
