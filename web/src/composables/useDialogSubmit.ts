import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { useFieldErrors } from './useFieldErrors'

/**
 * The save flow every form dialog shares: busy while the request runs, the server's field errors next to the
 * fields, a success message and the dialog closed when it worked.
 */
export function useDialogSubmit(visible: Ref<boolean>) {
  const saving = ref(false)
  const { fieldErrors, clear, apply } = useFieldErrors()

  async function submit<T>(request: () => Promise<T>, success: string, done?: (result: T) => void): Promise<void> {
    saving.value = true
    clear()
    try {
      const result = await request()
      ElMessage({ type: 'success', message: success })
      visible.value = false
      done?.(result)
    } catch (e) {
      apply(e)
    } finally {
      saving.value = false
    }
  }

  return { saving, fieldErrors, clear, submit }
}
