import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, reactive, ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { ApiError } from '@/api/client'
import { useFormDialog } from '@/composables/useFormDialog'
import { useEditDialog } from '@/composables/useEditDialog'
import { confirmDeactivation } from '@/utils/confirm'

const shown = vi.hoisted(() => ({ messages: [] as unknown[], confirms: [] as string[], answer: true }))
vi.mock('element-plus', () => ({
  ElMessage: (m: unknown) => shown.messages.push(m),
  ElMessageBox: {
    confirm: (message: string) => {
      shown.confirms.push(message)
      return shown.answer ? Promise.resolve('confirm') : Promise.reject('cancel')
    },
  },
}))

beforeEach(() => {
  shown.messages = []
  shown.confirms = []
  shown.answer = true
})

function fakeForm(valid: boolean) {
  const calls = { clearValidate: 0 }
  const form = {
    validate: () => (valid ? Promise.resolve(true) : Promise.reject(new Error('invalid'))),
    clearValidate: () => calls.clearValidate++,
  } as unknown as FormInstance
  return { form, calls }
}

describe('useFormDialog', () => {
  it('fills the form afresh and forgets old errors each time it opens, not when it closes', async () => {
    const visible = ref(false)
    const form = reactive({ name: 'left over' })
    const dialog = useFormDialog(visible, () => (form.name = ''))
    const { form: el, calls } = fakeForm(false)
    dialog.formRef.value = el
    dialog.fieldErrors.name = '名称已被使用'

    visible.value = true
    await nextTick()
    expect(form.name).toBe('')
    expect(dialog.fieldErrors.name).toBeUndefined()
    expect(calls.clearValidate).toBe(1)

    form.name = '市场监管局'
    visible.value = false
    await nextTick()
    expect(form.name).toBe('市场监管局')
    expect(calls.clearValidate).toBe(1)
  })

  it('validates with the form', async () => {
    const dialog = useFormDialog(ref(true), () => {})
    expect(await dialog.validate()).toBe(false)
    dialog.formRef.value = fakeForm(false).form
    expect(await dialog.validate()).toBe(false)
    dialog.formRef.value = fakeForm(true).form
    expect(await dialog.validate()).toBe(true)
  })

  it('closes with a message when the save worked, keeps open with the field errors when not', async () => {
    const visible = ref(true)
    const dialog = useFormDialog(visible, () => {})
    const problem = new ApiError({ status: 409, errors: [{ field: 'code', message: '编码已被使用' }] })
    await dialog.submit(() => Promise.reject(problem), '部门已新增')
    expect(visible.value).toBe(true)
    expect(dialog.fieldErrors.code).toBe('编码已被使用')
    expect(shown.messages).toEqual([])

    let saved: string | null = null
    await dialog.submit(() => Promise.resolve('SCJG'), '部门已新增', (r) => (saved = r))
    expect(visible.value).toBe(false)
    expect(saved).toBe('SCJG')
    expect(shown.messages).toEqual([{ type: 'success', message: '部门已新增' }])
  })
})

describe('confirmDeactivation', () => {
  it('asks only when something active is switched off', async () => {
    const message = () => '停用后将无法登录。确定停用该账号吗？'
    expect(await confirmDeactivation(undefined, false, message, '停用账号')).toBe(true)
    expect(await confirmDeactivation(false, false, message, '停用账号')).toBe(true)
    expect(await confirmDeactivation(true, true, message, '停用账号')).toBe(true)
    expect(shown.confirms).toEqual([])

    expect(await confirmDeactivation(true, false, message, '停用账号')).toBe(true)
    shown.answer = false
    expect(await confirmDeactivation(true, false, message, '停用账号')).toBe(false)
    expect(shown.confirms).toEqual([message(), message()])
  })
})

describe('useEditDialog', () => {
  it('opens empty to add and with the thing to edit', () => {
    const d = useEditDialog<{ id: number }>()
    expect(d.open.value).toBe(false)
    d.edit({ id: 7 })
    expect(d.open.value).toBe(true)
    expect(d.editing.value).toEqual({ id: 7 })
    d.open.value = false
    d.add()
    expect(d.open.value).toBe(true)
    expect(d.editing.value).toBeNull()
  })
})
