import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { render } from '@testing-library/vue'
import { LAZY_FEATURES, createAppI18n, loadFeatureMessages } from '@/i18n/index'
import { createAppRouter } from '@/router/index'
import AppLiveRegion from '@/ui/AppLiveRegion.vue'

/**
 * Renders a component with the real plugins (Pinia, French i18n, the app router on memory history)
 * after navigating to `route`, beside the app's live region. Returns Testing Library's queries plus `router` and `pinia`.
 */
export async function renderWithApp(component, { route = '/', props, pinia = createPinia(), locale = 'fr' } = {}) {
  setActivePinia(pinia)
  const i18n = createAppI18n(locale)
  // Components may be rendered outside the route that would load their lazy catalogues.
  await loadFeatureMessages(LAZY_FEATURES, { i18n, locales: ['fr', 'en'] })
  const router = createAppRouter(createMemoryHistory())
  await router.push(route)
  await router.isReady()
  const result = render(component, { props, global: { plugins: [pinia, i18n, router] } })
  // The app's one live region (App.vue), where useAnnounce speaks.
  render(AppLiveRegion)
  return { ...result, router, pinia, i18n }
}
