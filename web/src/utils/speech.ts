// A queue of sentences for the browser's speech synthesis: one at a time, never overlapping, in
// Mandarin. The next sentence starts when the last one ends (or fails); a timer moves on when a
// browser never reports the end (Chrome sometimes does not).

export interface UtteranceLike {
  text: string
  lang: string
  rate: number
  onend: ((this: unknown, ev: unknown) => unknown) | null
  onerror: ((this: unknown, ev: unknown) => unknown) | null
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void
  cancel(): void
}

export const SPEECH_LANG = 'zh-CN'

/** Generous time a sentence may take before the queue moves on anyway. */
export function speechTimeoutMs(text: string): number {
  return 4000 + text.length * 500
}

export class SpeechQueue {
  private readonly pending: string[] = []
  private speaking = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private current = 0

  constructor(
    private readonly synth: SynthLike,
    private readonly utterance: (text: string) => UtteranceLike,
    private readonly rate = 0.9,
  ) {}

  /** Queues the text `times` times. */
  say(text: string, times = 1): void {
    const t = text.trim()
    if (!t) return
    for (let i = 0; i < times; i++) this.pending.push(t)
    this.pump()
  }

  /** Sentences not yet started. */
  get waiting(): number {
    return this.pending.length
  }

  get busy(): boolean {
    return this.speaking
  }

  /** Forgets everything queued and stops the sentence being spoken. */
  clear(): void {
    this.pending.length = 0
    this.finish(this.current)
    this.synth.cancel()
  }

  private pump(): void {
    if (this.speaking) return
    const text = this.pending.shift()
    if (text === undefined) return
    this.speaking = true
    const mine = ++this.current
    const u = this.utterance(text)
    u.lang = SPEECH_LANG
    u.rate = this.rate
    u.onend = () => this.next(mine)
    u.onerror = () => this.next(mine)
    this.timer = setTimeout(() => this.next(mine), speechTimeoutMs(text))
    this.synth.speak(u)
  }

  private finish(mine: number): boolean {
    if (mine !== this.current || !this.speaking) return false
    this.speaking = false
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    return true
  }

  private next(mine: number): void {
    if (this.finish(mine)) this.pump()
  }
}
