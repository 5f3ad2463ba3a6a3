import { createApp } from 'vue'
import { createAppI18n } from '@/i18n/index'

/** Runs a composable inside a component's setup (with French i18n) and returns what it returned. */
export function withSetup(composable, { locale = 'fr' } = {}) {
  let result
  const app = createApp({
    setup() {
      result = composable()
      return () => null
    },
  })
  app.use(createAppI18n(locale))
  app.mount(document.createElement('div'))
  return { result, app }
}
