import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError } from '@/api/client'
import { usePrintDocument } from '@/composables/usePrintDocument'
import { deferred } from './deferred'

interface Doc {
  caseNumber: string
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  vi.stubGlobal('document', { title: '一窗通' })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('usePrintDocument', () => {
  it('loads at once and names the tab after the document', async () => {
    const id = ref(1)
    const fetch = vi.fn(async () => ({ caseNumber: `B${id.value}` }))
    const doc = usePrintDocument<Doc>({ source: id, fetch, title: (d) => `${d.caseNumber} 受理通知书` })

    expect(fetch).toHaveBeenCalledTimes(1)
    expect(doc.loading.value).toBe(true)
    await settle()
    await nextTick()
    expect(doc.loading.value).toBe(false)
    expect(doc.data.value).toEqual({ caseNumber: 'B1' })
    expect(document.title).toBe('B1 受理通知书')
  })

  it('loads again when the route ids change, from one source or several', async () => {
    const id = ref(1)
    const noticeId = ref(7)
    const fetch = vi.fn(async () => ({ caseNumber: `B${id.value}-${noticeId.value}` }))
    const doc = usePrintDocument<Doc>({ source: [id, noticeId], fetch, title: (d) => d.caseNumber })
    await settle()
    noticeId.value = 8
    await nextTick()
    await settle()
    await nextTick()
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(doc.data.value?.caseNumber).toBe('B1-8')
    expect(document.title).toBe('B1-8')
  })

  it('keeps the answer of the newest request when an older one arrives late', async () => {
    const id = ref(1)
    const answers = [deferred<Doc>(), deferred<Doc>()]
    let calls = 0
    const doc = usePrintDocument<Doc>({ source: id, fetch: () => answers[calls++]!.promise, title: (d) => d.caseNumber })
    id.value = 2
    await nextTick()
    answers[1]!.resolve({ caseNumber: 'B2' })
    await settle()
    answers[0]!.resolve({ caseNumber: 'B1' })
    await settle()
    await nextTick()
    expect(doc.data.value?.caseNumber).toBe('B2')
    expect(document.title).toBe('B2')
  })

  it('offers no retry for a document that is not there, and one for a failure that may pass', async () => {
    let failure: unknown = new ApiError({ status: 404, title: '办件不存在' })
    const doc = usePrintDocument<Doc>({
      source: ref(1),
      fetch: async () => {
        throw failure
      },
      title: (d) => d.caseNumber,
    })
    await settle()
    expect(doc.error.value).toBe('办件不存在')
    expect(doc.errorStatus.value).toBe(404)
    expect(doc.retryable.value).toBe(false)
    expect(document.title).toBe('一窗通')

    failure = new ApiError({ status: 503 })
    await doc.load()
    expect(doc.errorStatus.value).toBe(503)
    expect(doc.retryable.value).toBe(true)
  })

  it('takes the final statuses a document names (409: not in that state)', async () => {
    const doc = usePrintDocument<Doc>({
      source: ref(1),
      fetch: async () => {
        throw new ApiError({ status: 409, title: '办件尚未受理' })
      },
      title: (d) => d.caseNumber,
      final: [404, 409],
    })
    await settle()
    expect(doc.errorStatus.value).toBe(409)
    expect(doc.retryable.value).toBe(false)
  })

  it('clears the failure once a retry succeeds', async () => {
    let fail = true
    const doc = usePrintDocument<Doc>({
      source: ref(1),
      fetch: async () => {
        if (fail) throw new ApiError({ status: 0 })
        return { caseNumber: 'B1' }
      },
      title: (d) => d.caseNumber,
    })
    await settle()
    expect(doc.retryable.value).toBe(true)
    fail = false
    await doc.load()
    expect(doc.error.value).toBeNull()
    expect(doc.errorStatus.value).toBeNull()
    expect(doc.data.value?.caseNumber).toBe('B1')
  })
})
