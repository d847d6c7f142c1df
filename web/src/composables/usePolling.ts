import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Runs `task` every `intervalMs` while the page is mounted (and once at mount when `immediate`).
 * A run that is still going is not started again.
 */
export function usePolling(task: () => Promise<unknown> | unknown, intervalMs: number, immediate = true): { runNow: () => Promise<void> } {
  let timer: ReturnType<typeof setInterval> | null = null
  let running = false

  async function runNow(): Promise<void> {
    if (running) return
    running = true
    try {
      await task()
    } catch {
      // The task reports its own errors; the next tick tries again.
    } finally {
      running = false
    }
  }

  onMounted(() => {
    if (immediate) void runNow()
    timer = setInterval(() => void runNow(), intervalMs)
  })
  onBeforeUnmount(() => {
    if (timer !== null) clearInterval(timer)
  })

  return { runNow }
}
