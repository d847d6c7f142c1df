import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { ElMessage, ElMessageBox, provideGlobalConfig } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
// Styles of the Element Plus services that are called from code, not used as tags.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/main.css'

import App from './App.vue'
import { router } from './router'
import { configureApi, isApiError } from './api/client'
import { useAuthStore } from './stores/auth'

dayjs.locale('zh-cn')

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(router)

// Chinese texts for every Element Plus component, also for ElMessage/ElMessageBox
// called from code (they get the app's context through use()).
provideGlobalConfig({ locale: zhCn }, app, true)
app.use(ElMessage)
app.use(ElMessageBox)

configureApi({
  notify(error) {
    ElMessage({ type: 'error', message: error.message, grouping: true, showClose: true, duration: 5000 })
  },
  unauthorized() {
    const auth = useAuthStore(pinia)
    const wasLoggedIn = auth.loggedIn
    auth.clear()
    const current = router.currentRoute.value
    if (current.name === 'login') return
    if (wasLoggedIn) ElMessage({ type: 'warning', message: '登录已过期，请重新登录', grouping: true })
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  },
})

// An ApiError has already been shown to the user by the client; do not report it twice.
app.config.errorHandler = (error, _instance, info) => {
  if (isApiError(error) && error.handled) return
  console.error(error, info)
  ElMessage({ type: 'error', message: '页面出现错误，请刷新后重试', grouping: true })
}
window.addEventListener('unhandledrejection', (event) => {
  if (isApiError(event.reason) && event.reason.handled) event.preventDefault()
})

app.mount('#app')
