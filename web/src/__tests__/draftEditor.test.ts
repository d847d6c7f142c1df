import { describe, expect, it } from 'vitest'
import { reactive, ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { ApiError } from '@/api/client'
import { useDraftEditor } from '@/composables/useDraftEditor'

describe('useDraftEditor', () => {
  it('counts the form as changed only after it differs from what was loaded, and no more once saved', async () => {
    const form = reactive({ name: '' })
    const editor = useDraftEditor(form)
    await editor.load(async () => {
      form.name = '食品经营许可'
      editor.markClean()
    })
    expect(editor.dirty.value).toBe(false)
    form.name = '食品经营许可（新办）'
    expect(editor.dirty.value).toBe(true)
    await editor.save(
      async () => {},
      async () => {},
    )
    expect(editor.saved.value).toBe(true)
    expect(editor.dirty.value).toBe(false)
  })

  it('is not dirty while the page is not ready', () => {
    const ready = ref(false)
    const editor = useDraftEditor(reactive({ name: 'x' }), { ready, loading: true })
    expect(editor.loading.value).toBe(true)
    expect(editor.dirty.value).toBe(false)
    ready.value = true
    expect(editor.dirty.value).toBe(true)
  })

  it('says what was not found on a 404, the error message otherwise', async () => {
    const editor = useDraftEditor(reactive({}))
    await editor.load(
      () => Promise.reject(new ApiError({ status: 404, title: 'Not Found' })),
      () => '草稿中没有事项 0101010000',
    )
    expect(editor.loadError.value).toBe('草稿中没有事项 0101010000')
    expect(editor.loading.value).toBe(false)

    await editor.load(() => Promise.reject(new Error('草稿中没有一件事 B001')))
    expect(editor.loadError.value).toBe('草稿中没有一件事 B001')
    await editor.load(() => Promise.reject(new ApiError({ status: 404, detail: '没有这个事项' })))
    expect(editor.loadError.value).toBe('没有这个事项')
    await editor.load(() => Promise.reject('broken'))
    expect(editor.loadError.value).toBe('加载失败')

    await editor.load(async () => {})
    expect(editor.loadError.value).toBeNull()
  })

  it('puts the server field errors next to the fields and stays dirty when saving fails', async () => {
    const form = reactive({ code: '' })
    const editor = useDraftEditor(form)
    editor.markClean()
    form.code = '12'
    const heard: boolean[] = []
    let then = false
    const problem = new ApiError({
      status: 400,
      errors: [{ field: 'item.code', message: '事项编码为10位数字' }],
    })
    const saving = editor.save(
      () => Promise.reject(problem),
      async () => {
        then = true
      },
      (_e, had) => heard.push(had),
    )
    expect(editor.saving.value).toBe(true)
    await saving
    expect(editor.saving.value).toBe(false)
    expect(then).toBe(false)
    expect(heard).toEqual([true])
    expect(editor.fieldErrors['item.code']).toBe('事项编码为10位数字')
    expect(editor.saved.value).toBe(false)
    expect(editor.dirty.value).toBe(true)

    await editor.save(
      async () => {},
      async () => {},
    )
    expect(editor.fieldErrors['item.code']).toBeUndefined()
  })

  it('validates with the form, false without one', async () => {
    const editor = useDraftEditor(reactive({}))
    expect(await editor.validate()).toBe(false)
    editor.formRef.value = { validate: () => Promise.reject(new Error('invalid')) } as unknown as FormInstance
    expect(await editor.validate()).toBe(false)
    editor.formRef.value = { validate: () => Promise.resolve(true) } as unknown as FormInstance
    expect(await editor.validate()).toBe(true)
  })
})
