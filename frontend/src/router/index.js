import { createRouter, createWebHistory } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { useFlashStore } from '@/stores/flash'
import { loadFeatureMessages } from '@/i18n/index'
import { routes } from './routes'
import { authGuard } from './guard'

export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => saved || (to.hash ? { el: to.hash } : { top: 0 }),
  })
  router.beforeEach((to) => authGuard(to, useAuthStore()))
  // Lazy screens bring their own message catalogues (meta.messages); a failed load falls back to French keys.
  router.beforeResolve((to) =>
    loadFeatureMessages(to.matched.flatMap((r) => r.meta.messages || [])).then(
      () => true,
      () => true,
    ),
  )
  router.afterEach((to, from, failure) => {
    if (!failure) useFlashStore().onNavigate()
  })
  return router
}
