import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { useCitizenStore } from '@/stores/citizen'
import { routes } from './routes'
import { safeRedirect } from './redirect'

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach(async (to): Promise<RouteLocationRaw | boolean> => {
  const auth = useAuthStore()

  if (to.meta.citizen) {
    // A citizen's own pages: the phone sign-in, never the staff login.
    const citizen = await useCitizenStore().ensureLoaded()
    return citizen ? true : { name: 'm-sign-in', query: { redirect: to.fullPath } }
  }

  if (to.meta.public) {
    // Public pages show at once; a user who is already signed in is moved on from the
    // login page as soon as /api/me answers.
    if (to.name === 'login') {
      void auth.ensureLoaded().then((me) => {
        const here = router.currentRoute.value
        if (me && here.name === 'login') void router.replace(safeRedirect(here.query.redirect) ?? '/')
      })
    }
    return true
  }

  await auth.ensureLoaded()
  if (!auth.loggedIn) {
    return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } }
  }
  if (!to.matched.every((record) => auth.hasAnyRole(record.meta.roles))) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 一窗通` : '一窗通'
})

// After a new release the old lazily loaded chunks are gone: load the new version once.
router.onError((error, to) => {
  const message = error instanceof Error ? error.message : String(error)
  if (!/dynamically imported module|Importing a module script failed|Failed to fetch/i.test(message)) return
  const key = 'onewindow.chunk-reload'
  if (sessionStorage.getItem(key) === to.fullPath) return
  sessionStorage.setItem(key, to.fullPath)
  window.location.assign(to.fullPath)
})
