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

  /** Bumped by every local change (login, logout, expiry) so a late /api/me answer cannot undo it. */
  let version = 0

  /** Asks the back end who is signed in (once; later calls reuse the answer unless forced). */
  async function ensureLoaded(force = false): Promise<Me | null> {
    if (checked.value && !force) return me.value
    const asked = version
    pending ??= authApi
      .fetchMe()
      .then((m): Me | null => m)
      .catch((e: unknown) => {
        // 401: nobody is signed in. Anything else (server down): treat as signed out too;
        // the login page then reports the problem when the user tries.
        if (!isApiError(e)) throw e
        return null
      })
      .then((m) => {
        if (asked === version) {
          me.value = m
          checked.value = true
        }
        return me.value
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const m = await authApi.login(username, password)
    version++
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
    version++
    me.value = null
    checked.value = true
  }

  return { me, checked, loggedIn, roles, hasAnyRole, ensureLoaded, login, logout, clear }
})
