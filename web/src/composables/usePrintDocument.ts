import { computed, watch, type ComputedRef, type WatchSource } from 'vue'
import { useLoader, type Loader } from './useLoader'

export interface PrintDocumentOptions<T> {
  /** What the document depends on (the route's ids): it is loaded at once and again whenever this changes. */
  source: WatchSource<unknown> | WatchSource<unknown>[]
  /** Reads the document (with `{ silent: true }`: the page shows its own failure). */
  fetch: () => Promise<T>
  /** The browser tab's title once the document is there (what a saved PDF is named after). */
  title: (doc: T) => string
  /** Failures that loading again cannot cure (no retry offered); 404 unless told. */
  final?: readonly number[]
}

export interface PrintDocument<T> extends Loader<T | null> {
  /** Whether the last failure is worth a 重新加载 button (not one of the final statuses). */
  retryable: ComputedRef<boolean>
}

/**
 * The common part of the print pages: load the document when the page opens and whenever the route's ids change,
 * name the tab after it, and tell a failure worth retrying from one that is final. `PrintShell` shows the loading
 * and failure states around the page's own paper.
 */
export function usePrintDocument<T>(options: PrintDocumentOptions<T>): PrintDocument<T> {
  const loader = useLoader<T | null>(options.fetch, null)
  const final = options.final ?? [404]

  watch(options.source, () => void loader.load(), { immediate: true })
  watch(loader.data, (doc) => {
    if (doc) document.title = options.title(doc)
  })

  const retryable = computed(() => loader.errorStatus.value === null || !final.includes(loader.errorStatus.value))
  return { ...loader, retryable }
}
