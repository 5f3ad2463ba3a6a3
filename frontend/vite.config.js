import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const backend = process.env.BACKEND_URL || 'http://localhost:8080'

// The SPA talks to the backend through the same origin, so the HttpOnly refresh
// cookie (Path=/api/v1/auth) is sent by the browser in dev and in preview alike.
const proxy = {
  '/api': { target: backend, changeOrigin: false },
  '/q': { target: backend, changeOrigin: false },
}

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: false,
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/test/setup.js'],
    include: ['src/**/*.spec.js'],
    restoreMocks: true,
    // Keyboard journeys through the menu and dialog primitives take a few seconds on a shared two-core machine.
    testTimeout: 15000,
  },
})
