import { ref, shallowRef, watch, type Ref } from 'vue'
import { isApiError } from '@/api/client'
import { MAX_GUIDANCE_QUERY, searchGuidance } from '@/api/guidance'
import type { GuidanceResult } from '@/api/types'

export interface GuidanceSearch {
  /** What the citizen said, as typed. */
  query: Ref<string>
  /** The answers to `answeredQuery`, best first. */
  results: Ref<GuidanceResult[]>
  /** The query the results belong to (trimmed). */
  answeredQuery: Ref<string>
  loading: Ref<boolean>
  /** A message in plain words when the search failed (the back end's Chinese detail for a 400). */
  error: Ref<string | null>
  /** Searches at once (Enter, a quick button) instead of waiting for the pause in typing. */
  searchNow: () => Promise<void>
  clear: () => void
}

/**
 * Live guidance while typing: waits for a short pause, cancels the answer to older text, and
 * searches the hall's site when one is given (answers then say whether it may accept them).
 * A site the back end does not know (404) is dropped and the search repeated without it.
 */
export function useGuidanceSearch(options: {
  site: Ref<number | null>
  limit: number
  debounceMs?: number
  /** Called when the site was unknown and has been dropped. */
  onUnknownSite?: () => void
}): GuidanceSearch {
  const query = ref('')
  const results = shallowRef<GuidanceResult[]>([])
  const answeredQuery = ref('')
  const loading = ref(false)
  const error = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  function cancel(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    controller?.abort()
    controller = null
  }

  async function searchNow(): Promise<void> {
    cancel()
    const q = query.value.trim()
    if (!q) {
      results.value = []
      answeredQuery.value = ''
      error.value = null
      loading.value = false
      return
    }
    if (q.length > MAX_GUIDANCE_QUERY) {
      error.value = `请说得简短一些（不超过 ${MAX_GUIDANCE_QUERY} 个字）`
      return
    }
    const mine = new AbortController()
    controller = mine
    loading.value = true
    try {
      const response = await searchGuidance(
        { q, site: options.site.value, limit: options.limit },
        { silent: true, signal: mine.signal },
      )
      if (controller !== mine) return
      results.value = response.results
      answeredQuery.value = q
      error.value = null
    } catch (e) {
      if (controller !== mine) return
      if (e instanceof DOMException && e.name === 'AbortError') return
      if (isApiError(e) && e.status === 404 && e.code === 'site.not-found' && options.site.value !== null) {
        options.site.value = null
        options.onUnknownSite?.()
        controller = null
        return searchNow()
      }
      results.value = []
      answeredQuery.value = q
      error.value = isApiError(e) ? e.message : '查询失败，请稍后重试'
    } finally {
      if (controller === mine) {
        loading.value = false
        controller = null
      }
    }
  }

  watch(query, () => {
    if (timer !== null) clearTimeout(timer)
    if (!query.value.trim()) {
      void searchNow()
      return
    }
    timer = setTimeout(() => void searchNow(), options.debounceMs ?? 300)
  })

  function clear(): void {
    cancel()
    query.value = ''
    results.value = []
    answeredQuery.value = ''
    error.value = null
    loading.value = false
  }

  return { query, results, answeredQuery, loading, error, searchNow, clear }
}
