export default [
  {
    path: '/accessibilite',
    name: 'accessibility',
    component: () => import('@/features/accessibility/views/AccessibilityView.vue'),
    meta: { titleKey: 'accessibility.title', messages: ['accessibility'] },
  },
]
