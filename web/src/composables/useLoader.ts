import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { isApiError } from '@/api/client'

export interface Loader<T> {
  data: ShallowRef<T>
  loading: Ref<boolean>
  /** Message of the last failure, null when the last load succeeded. */
  error: Ref<string | null>
  /** HTTP status of the last failure (404: not found, 0: no connection), null when it succeeded. */
  errorStatus: Ref<number | null>
  load: () => Promise<void>
}

/**
 * Loads data for a page and keeps loading / error state for the template. The API client
 * has already shown the error; the page shows an empty state with a retry button.
 */
export function useLoader<T>(fetcher: () => Promise<T>, initial: T): Loader<T> {
  const data = shallowRef(initial) as ShallowRef<T>
  const loading = ref(false)
  const error = ref<string | null>(null)
  const errorStatus = ref<number | null>(null)
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    try {
      const result = await fetcher()
      if (mine !== generation) return
      data.value = result
      error.value = null
      errorStatus.value = null
    } catch (e) {
      if (mine !== generation) return
      error.value = isApiError(e) ? e.message : '加载失败'
      errorStatus.value = isApiError(e) ? e.status : -1
      if (!isApiError(e)) console.error(e)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  return { data, loading, error, errorStatus, load }
}
