/** The directory of places, its map, a place's sheet and form, and the open data page. */
export default [
  {
    path: '/places',
    name: 'places',
    component: () => import('@/features/places/views/PlacesView.vue'),
    meta: { titleKey: 'places.list.title' },
  },
  {
    path: '/places/new',
    name: 'place-new',
    component: () => import('@/features/places/views/PlaceEditView.vue'),
    meta: { titleKey: 'places.form.newTitle', requiresAuth: true },
  },
  {
    path: '/places/open-data',
    name: 'places-open-data',
    component: () => import('@/features/places/views/OpenDataView.vue'),
    meta: { titleKey: 'places.openData.title' },
  },
  {
    path: '/groups/:slug/places/import',
    name: 'places-import',
    component: () => import('@/features/places/views/PlaceImportView.vue'),
    props: true,
    meta: { titleKey: 'places.import.title', requiresAuth: true },
  },
  {
    path: '/visit-requests/answer',
    name: 'visit-answer',
    component: () => import('@/features/places/views/VisitAnswerView.vue'),
    meta: { titleKey: 'places.answer.title' },
  },
  {
    path: '/me/visit-requests',
    name: 'my-visit-requests',
    component: () => import('@/features/places/views/MyVisitRequestsView.vue'),
    meta: { titleKey: 'places.mine.title', requiresAuth: true },
  },
  {
    path: '/places/:id(\\d+)',
    name: 'place',
    component: () => import('@/features/places/views/PlaceView.vue'),
    props: true,
    meta: { titleKey: 'places.sheet.loadingTitle' },
  },
  {
    path: '/places/:id(\\d+)/edit',
    name: 'place-edit',
    component: () => import('@/features/places/views/PlaceEditView.vue'),
    props: true,
    meta: { titleKey: 'places.form.editTitle', requiresAuth: true },
  },
]
