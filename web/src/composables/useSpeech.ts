import { onBeforeUnmount, ref } from 'vue'
import { SpeechQueue, type SynthLike, type UtteranceLike } from '@/utils/speech'

/**
 * Speaks sentences in Mandarin through window.speechSynthesis, one after another. Browsers only
 * speak after a user gesture: nothing is said until enable() runs from a click (开启语音播报).
 */
export function useSpeech() {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined
  const supported = !!synth && typeof SpeechSynthesisUtterance !== 'undefined'
  const enabled = ref(false)
  const queue = supported
    ? new SpeechQueue(synth as unknown as SynthLike, (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike)
    : null

  /** From a click: unlocks speech and says so. */
  function enable(): void {
    if (!queue) return
    enabled.value = true
    queue.say('语音播报已开启')
  }

  function disable(): void {
    enabled.value = false
    queue?.clear()
  }

  function say(text: string, times = 1): void {
    if (enabled.value) queue?.say(text, times)
  }

  onBeforeUnmount(() => queue?.clear())

  return { supported, enabled, enable, disable, say }
}
