import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/vue'
import '@testing-library/jest-dom/vitest'

// Lazy screens and dialogs are imported on first use; on a busy machine the first import takes over a second.
configure({ asyncUtilTimeout: 4000 })

// Screens start as in a browser that has signed in before: restore() asks the (mocked) refresh for the session.
beforeEach(() => localStorage.setItem('entraide.session', '1'))

// jsdom does not implement scrolling; the router's scrollBehavior calls it.
window.scrollTo = () => {}

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  localStorage.clear()
  document.documentElement.lang = 'fr'
})
