import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { boardEventsUrl } from '@/api/queue'
import type { QueueCall } from '@/api/types'

/**
 * The live stream of a site's queue (server-sent events): `call` with the call to show and speak,
 * `changed` when waiting counts change. EventSource reconnects by itself; `connected` says whether
 * the stream is up right now.
 */
export function useQueueEvents(
  siteId: Ref<number | null>,
  handlers: { call: (call: QueueCall) => void; changed: () => void },
): { connected: Ref<boolean> } {
  const connected = ref(false)
  let source: EventSource | null = null

  function close(): void {
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
    es.onerror = () => (connected.value = es.readyState === EventSource.OPEN)
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
