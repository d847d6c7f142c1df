import { ref, type Ref } from 'vue'
import { isApiError } from '@/api/client'

/** Who is signed in on this page, as the staff store (stores/auth) and the citizen store (stores/citizen) keep it. */
export interface Session<T> {
  me: Ref<T | null>
  /** Whether the back end has been asked at least once since the page loaded. */
  checked: Ref<boolean>
  /** Asks the back end who is signed in (once; later calls reuse the answer unless forced). */
  ensureLoaded: (force?: boolean) => Promise<T | null>
  /** Records a sign-in that just succeeded. */
  remember: (who: T) => void
  /** Forgets who was signed in (signed out, or the session ended on the server). */
  clear: () => void
}

/**
 * The part the sign-in stores share: one "who am I" request at a time, answered as nobody when the back end
 * refuses (401, or any other API error: the sign-in page then reports the problem when it is tried), and a
 * version bumped by every local change so that a late answer cannot undo a sign-in or sign-out made meanwhile.
 */
export function useSession<T>(fetchMe: () => Promise<T>): Session<T> {
  const me = ref(null) as Ref<T | null>
  const checked = ref(false)
  let pending: Promise<T | null> | null = null
  let version = 0

  async function ensureLoaded(force = false): Promise<T | null> {
    if (checked.value && !force) return me.value
    const asked = version
    pending ??= fetchMe()
      .then((m): T | null => m)
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

  function remember(who: T): void {
    version++
    me.value = who
    checked.value = true
  }

  function clear(): void {
    version++
    me.value = null
    checked.value = true
  }

  return { me, checked, ensureLoaded, remember, clear }
}
