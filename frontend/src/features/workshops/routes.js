/** The mutual-aid workshops ("ateliers d'entraide") bring their own catalogue. */
const WORKSHOP_MESSAGES = ['workshops']

export default [
  {
    path: '/groups/:slug/workshops',
    name: 'workshops',
    component: () => import('@/features/workshops/views/WorkshopsView.vue'),
    props: true,
    meta: { titleKey: 'workshops.title', messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops/new',
    name: 'workshop-new',
    component: () => import('@/features/workshops/views/WorkshopNewView.vue'),
    props: true,
    meta: { titleKey: 'workshops.form.title', requiresAuth: true, messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops/series',
    name: 'workshop-series',
    component: () => import('@/features/workshops/views/WorkshopSeriesView.vue'),
    props: true,
    meta: { titleKey: 'workshops.series.title', requiresAuth: true, messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshops/:id(\\d+)',
    name: 'workshop',
    component: () => import('@/features/workshops/views/WorkshopView.vue'),
    props: true,
    meta: { titleKey: 'workshops.page.loadingTitle', messages: WORKSHOP_MESSAGES },
  },
  {
    path: '/groups/:slug/workshop-journal',
    name: 'workshop-journal',
    component: () => import('@/features/workshops/views/WorkshopJournalView.vue'),
    props: true,
    meta: { titleKey: 'workshops.journal.shortTitle', requiresAuth: true, messages: WORKSHOP_MESSAGES },
  },
]
