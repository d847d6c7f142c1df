import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SpeechQueue, speechTimeoutMs, type SynthLike, type UtteranceLike } from '@/utils/speech'

class FakeUtterance implements UtteranceLike {
  lang = ''
  rate = 1
  onend: UtteranceLike['onend'] = null
  onerror: UtteranceLike['onerror'] = null
  constructor(public text: string) {}
}

function fakeSynth() {
  const spoken: FakeUtterance[] = []
  const synth = {
    speak: (u: UtteranceLike) => void spoken.push(u as FakeUtterance),
    cancel: vi.fn<() => void>(),
  } satisfies SynthLike
  return { synth, spoken }
}

describe('SpeechQueue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('speaks in Mandarin, one sentence at a time, in order', () => {
    const { synth, spoken } = fakeSynth()
    const q = new SpeechQueue(synth, (t) => new FakeUtterance(t))
    q.say('请A012号到3号窗口办理', 2)
    q.say('请B001号到5号窗口办理')
    expect(spoken.map((u) => u.text)).toEqual(['请A012号到3号窗口办理'])
    expect(spoken[0]!.lang).toBe('zh-CN')
    expect(q.waiting).toBe(2)

    spoken[0]!.onend!.call(null, {})
    expect(spoken.map((u) => u.text)).toEqual(['请A012号到3号窗口办理', '请A012号到3号窗口办理'])
    spoken[1]!.onerror!.call(null, {})
    expect(spoken).toHaveLength(3)
    expect(spoken[2]!.text).toBe('请B001号到5号窗口办理')
    spoken[2]!.onend!.call(null, {})
    expect(q.busy).toBe(false)
  })

  it('ignores a late end event of an earlier sentence', () => {
    const { synth, spoken } = fakeSynth()
    const q = new SpeechQueue(synth, (t) => new FakeUtterance(t))
    q.say('一', 1)
    q.say('二', 1)
    q.say('三', 1)
    spoken[0]!.onend!.call(null, {})
    spoken[0]!.onend!.call(null, {})
    expect(spoken.map((u) => u.text)).toEqual(['一', '二'])
  })

  it('moves on when the browser never reports the end', () => {
    const { synth, spoken } = fakeSynth()
    const q = new SpeechQueue(synth, (t) => new FakeUtterance(t))
    q.say('请A001号到1号窗口办理', 2)
    vi.advanceTimersByTime(speechTimeoutMs('请A001号到1号窗口办理') - 1)
    expect(spoken).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(spoken).toHaveLength(2)
  })

  it('clear drops what is queued and cancels speaking', () => {
    const { synth, spoken } = fakeSynth()
    const q = new SpeechQueue(synth, (t) => new FakeUtterance(t))
    q.say('一', 3)
    q.clear()
    expect(synth.cancel).toHaveBeenCalled()
    expect(q.waiting).toBe(0)
    expect(q.busy).toBe(false)
    spoken[0]!.onend!.call(null, {})
    expect(spoken).toHaveLength(1)
    q.say('二')
    expect(spoken.map((u) => u.text)).toEqual(['一', '二'])
  })

  it('skips blank text', () => {
    const { synth, spoken } = fakeSynth()
    new SpeechQueue(synth, (t) => new FakeUtterance(t)).say('  ')
    expect(spoken).toHaveLength(0)
  })
})

describe('useSpeech', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('says nothing until enabled from a click, then queues in zh-CN', async () => {
    const spoken: FakeUtterance[] = []
    vi.stubGlobal('window', { speechSynthesis: { speak: (u: FakeUtterance) => spoken.push(u), cancel: () => {} } })
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
    const { useSpeech } = await import('@/composables/useSpeech')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const speech = useSpeech()
    warn.mockRestore()
    expect(speech.supported).toBe(true)
    speech.say('请A001号到1号窗口办理')
    expect(spoken).toHaveLength(0)
    speech.enable()
    speech.say('请A001号到1号窗口办理', 2)
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['语音播报已开启', 'zh-CN']])
    spoken[0]!.onend!.call(null, {})
    spoken[1]!.onend!.call(null, {})
    expect(spoken.map((u) => u.text)).toEqual(['语音播报已开启', '请A001号到1号窗口办理', '请A001号到1号窗口办理'])
  })
})
