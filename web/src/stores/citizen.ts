import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as citizenApi from '@/api/citizen'
import { isApiError } from '@/api/client'
import type { CitizenMe } from '@/api/types'

/** The citizen signed in on the phone pages (separate from the staff login in stores/auth). */
export const useCitizenStore = defineStore('citizen', () => {
  const me = ref<CitizenMe | null>(null)
  const checked = ref(false)
  let pending: Promise<CitizenMe | null> | null = null
  let version = 0

  const signedIn = computed(() => me.value !== null)

  /** Asks the back end once whether a citizen is signed in (later calls reuse the answer unless forced). */
  async function ensureLoaded(force = false): Promise<CitizenMe | null> {
    if (checked.value && !force) return me.value
    const asked = version
    pending ??= citizenApi
      .fetchCitizen()
      .then((m): CitizenMe | null => m)
      .catch((e: unknown) => {
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

  async function signIn(phone: string, code: string): Promise<CitizenMe> {
    const m = await citizenApi.signIn(phone, code, { silent: true })
    version++
    me.value = m
    checked.value = true
    return m
  }

  async function signOut(): Promise<void> {
    try {
      await citizenApi.signOut({ silent: true })
    } finally {
      clear()
    }
  }

  /** Forgets the citizen (after a 401: the session ended on the server). */
  function clear(): void {
    version++
    me.value = null
    checked.value = true
  }

  return { me, checked, signedIn, ensureLoaded, signIn, signOut, clear }
})
