import { defineStore } from 'pinia'
import { computed } from 'vue'
import * as citizenApi from '@/api/citizen'
import type { CitizenMe } from '@/api/types'
import { useSession } from './session'

/** The citizen signed in on the phone pages (separate from the staff login in stores/auth). */
export const useCitizenStore = defineStore('citizen', () => {
  const { me, checked, ensureLoaded, remember, clear } = useSession<CitizenMe>(() => citizenApi.fetchCitizen())

  const signedIn = computed(() => me.value !== null)

  async function signIn(phone: string, code: string): Promise<CitizenMe> {
    const m = await citizenApi.signIn(phone, code, { silent: true })
    remember(m)
    return m
  }

  async function signOut(): Promise<void> {
    try {
      await citizenApi.signOut({ silent: true })
    } finally {
      clear()
    }
  }

  return { me, checked, signedIn, ensureLoaded, signIn, signOut, clear }
})
