import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { boardEventsUrl } from '@/api/queue'
import type { QueueCall } from '@/api/types'

const REOPEN_MS = 10_000

/**
 * The live stream of a site's queue (server-sent events): `call` with the call to show and speak,
 * `changed` when waiting counts change. EventSource reconnects by itself after a dropped connection;
 * after an error answer (a 502 while a node restarts) it gives up, so the stream is opened again
 * 10 seconds later. `connected` says whether the stream is up right now.
 */
export function useQueueEvents(
  siteId: Ref<number | null>,
  handlers: { call: (call: QueueCall) => void; changed: () => void },
): { connected: Ref<boolean> } {
  const connected = ref(false)
  let source: EventSource | null = null
  let retry: ReturnType<typeof setTimeout> | null = null

  function close(): void {
    if (retry !== null) clearTimeout(retry)
    retry = null
    source?.close()
    source = null
    connected.value = false
  }

  function open(id: number): void {
    close()
    if (typeof EventSource === 'undefined') return
    const es = new EventSource(boardEventsUrl(id))
    source = es
    es.onopen = () => (connected.value = true)
    es.onerror = () => {
      connected.value = es.readyState === EventSource.OPEN
      if (es.readyState === EventSource.CLOSED && source === es && retry === null) {
        retry = setTimeout(() => {
          retry = null
          if (source === es) open(id)
        }, REOPEN_MS)
      }
    }
    es.addEventListener('call', (event) => {
      try {
        handlers.call(JSON.parse((event as MessageEvent<string>).data) as QueueCall)
      } catch {
        // A malformed event is skipped; the board refetches anyway.
        handlers.changed()
      }
    })
    es.addEventListener('changed', () => handlers.changed())
  }

  watch(siteId, (id) => (id === null ? close() : open(id)), { immediate: true })
  onBeforeUnmount(close)

  return { connected }
}
