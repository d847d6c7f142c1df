import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import { isApiError } from '@/api/client'
import type { Me, Role } from '@/api/types'

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  /** Whether /api/me has been asked at least once since the page loaded. */
  const checked = ref(false)
  let pending: Promise<Me | null> | null = null

  const loggedIn = computed(() => me.value !== null)
  const roles = computed<Role[]>(() => me.value?.roles ?? [])

  function hasAnyRole(wanted: readonly Role[] | undefined): boolean {
    if (!wanted || wanted.length === 0) return true
    return roles.value.some((r) => wanted.includes(r))
  }

  /** Asks the back end who is signed in (once; later calls reuse the answer unless forced). */
  async function ensureLoaded(force = false): Promise<Me | null> {
    if (checked.value && !force) return me.value
    pending ??= authApi
      .fetchMe()
      .then((m) => (me.value = m))
      .catch((e: unknown) => {
        // 401: nobody is signed in. Anything else (server down): treat as signed out too,
        // the login page then reports the problem when the user tries.
        if (!isApiError(e)) throw e
        me.value = null
        return null
      })
      .finally(() => {
        checked.value = true
        pending = null
      })
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const m = await authApi.login(username, password)
    me.value = m
    checked.value = true
    return m
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Forgets the user locally (session expired). */
  function clear(): void {
    me.value = null
    checked.value = true
  }

  return { me, checked, loggedIn, roles, hasAnyRole, ensureLoaded, login, logout, clear }
})
