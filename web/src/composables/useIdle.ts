import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { createIdleTimer, type IdleTimer } from '@/utils/idle'

/** What counts as someone using the screen. */
const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel', 'scroll'] as const

/**
 * Calls onIdle after timeoutMs without a touch, a key or a scroll, and starts counting again after
 * each. `remaining` counts the seconds down (for a "即将返回首页" hint).
 */
export function useIdle(timeoutMs: number, onIdle: () => void): { remaining: Ref<number> } {
  const remaining = ref(Math.ceil(timeoutMs / 1000))
  let timer: IdleTimer | null = null
  let ticker: ReturnType<typeof setInterval> | null = null

  const touch = () => {
    timer?.touch()
    remaining.value = timer?.remaining() ?? 0
  }

  onMounted(() => {
    timer = createIdleTimer(timeoutMs, () => {
      onIdle()
      // Count again from the welcome screen: the next citizen gets the full time.
      timer?.touch()
    })
    for (const type of ACTIVITY) window.addEventListener(type, touch, { capture: true, passive: true })
    ticker = setInterval(() => {
      remaining.value = timer?.remaining() ?? 0
    }, 1000)
  })

  onBeforeUnmount(() => {
    timer?.stop()
    if (ticker !== null) clearInterval(ticker)
    for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true })
  })

  return { remaining }
}
