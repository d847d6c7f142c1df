import { defineStore } from 'pinia'
import { computed } from 'vue'
import * as authApi from '@/api/auth'
import type { Me, Role } from '@/api/types'
import { useSession } from './session'

export const useAuthStore = defineStore('auth', () => {
  const { me, checked, ensureLoaded, remember, clear } = useSession<Me>(() => authApi.fetchMe())

  const loggedIn = computed(() => me.value !== null)
  const roles = computed<Role[]>(() => me.value?.roles ?? [])

  function hasAnyRole(wanted: readonly Role[] | undefined): boolean {
    if (!wanted || wanted.length === 0) return true
    return roles.value.some((r) => wanted.includes(r))
  }

  async function login(username: string, password: string): Promise<Me> {
    const m = await authApi.login(username, password)
    remember(m)
    return m
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  return { me, checked, loggedIn, roles, hasAnyRole, ensureLoaded, login, logout, clear }
})
