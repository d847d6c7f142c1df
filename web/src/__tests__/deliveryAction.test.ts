import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import type { DeliveryDetail } from '@/api/delivery'
import { ApiError } from '@/api/client'
import { useDeliveryAction, type DeliveryDialogEvents } from '@/views/delivery/components/useDeliveryAction'

const shown = vi.hoisted(() => ({ messages: [] as { type: string; message: string }[] }))
vi.mock('element-plus', () => ({ ElMessage: (m: { type: string; message: string }) => shown.messages.push(m) }))

beforeEach(() => {
  shown.messages = []
})

function dialog() {
  const visible = ref(false)
  const events: string[] = []
  let cleared = 0
  const emit = ((event: 'done' | 'stale', d?: DeliveryDetail) =>
    events.push(event === 'done' ? `done ${d!.id}` : event)) as DeliveryDialogEvents
  const action = useDeliveryAction(visible, emit, () => cleared++)
  return { visible, events, action, cleared: () => cleared }
}

describe('useDeliveryAction', () => {
  it('empties the form and forgets the last problem each time the dialog opens', async () => {
    const { visible, action, cleared } = dialog()
    visible.value = true
    await nextTick()
    expect(cleared()).toBe(1)
    await action.run(() => Promise.reject(new ApiError({ status: 422, detail: '快递单号不正确' })), '已寄出')
    expect(action.problem.value).toBe('快递单号不正确')
    expect(visible.value).toBe(true)

    visible.value = false
    await nextTick()
    expect(cleared()).toBe(1)
    visible.value = true
    await nextTick()
    expect(cleared()).toBe(2)
    expect(action.problem.value).toBeNull()
  })

  it('closes with a message and the new state when it worked', async () => {
    const { visible, events, action } = dialog()
    visible.value = true
    await action.run(() => Promise.resolve({ id: 5 } as DeliveryDetail), 'SQ001 已领取')
    expect(visible.value).toBe(false)
    expect(events).toEqual(['done 5'])
    expect(shown.messages).toEqual([{ type: 'success', message: 'SQ001 已领取' }])
  })

  it('closes and asks for a reload when someone else acted first', async () => {
    const { visible, events, action } = dialog()
    visible.value = true
    await action.run(() => Promise.reject(new ApiError({ status: 409, detail: '出件已被他人处理' })), '已签收')
    expect(visible.value).toBe(false)
    expect(events).toEqual(['stale'])
    expect(shown.messages[0]).toMatchObject({ type: 'warning', message: '出件已被他人处理' })
  })

  it('puts named problems next to the fields', async () => {
    const { visible, action } = dialog()
    visible.value = true
    await action.run(
      () => Promise.reject(new ApiError({ status: 400, errors: [{ field: 'idNumber', message: '与申请人不一致' }] })),
      '已领取',
    )
    expect(action.fieldErrors.idNumber).toBe('与申请人不一致')
    expect(action.problem.value).toBeNull()
  })
})
