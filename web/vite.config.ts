import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type ProxyOptions } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The Spring Boot back end serves the built files from the jar's static/ folder.
// In development the Vite server forwards these paths to it.
const backend = process.env.ONEWINDOW_BACKEND ?? 'http://localhost:8080'
const proxied = ['/api', '/login', '/logout', '/actuator', '/v3']

// /login is both the back end's form-login endpoint and a front-end route:
// only the form post goes to the back end, a browser asking for the page gets the SPA.
const loginPageBypass: ProxyOptions['bypass'] = (req) =>
  req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html') ? '/index.html' : undefined

const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  proxied.map((path) => [path, { target: backend, bypass: path === '/login' ? loginPageBypass : undefined }]),
)

export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // Element Plus components and the v-loading directive are imported on demand,
    // together with their CSS. Our own components are imported explicitly.
    Components({
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: 'types/components.d.ts',
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Two long-lived vendor chunks instead of dozens of tiny shared ones; each page stays
        // its own lazily loaded chunk. ECharts is only loaded by the pages that use it.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/, priority: 20 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 15 },
            { name: 'element-plus', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
})
