import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from '@/router/index'
import { createAppI18n } from '@/i18n/index'
import '@/assets/main.css'

const app = createApp(App)
app.use(createPinia())
app.use(createAppI18n())
app.use(createAppRouter())
app.mount('#app')
