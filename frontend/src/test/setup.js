import { afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/vue'
import '@testing-library/jest-dom/vitest'

// Lazy screens and dialogs are imported on first use; on a busy machine the first import takes over a second.
configure({ asyncUtilTimeout: 4000 })

// jsdom does not implement scrolling; the router's scrollBehavior calls it.
window.scrollTo = () => {}

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  localStorage.clear()
  document.documentElement.lang = 'fr'
})
