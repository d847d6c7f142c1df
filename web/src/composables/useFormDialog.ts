import { ref, watch, type Ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { useDialogSubmit } from './useDialogSubmit'

/**
 * A form dialog (el-form with rules, ref="formRef"): each time it opens the old field errors go, reset() fills the
 * form afresh and the rules' messages are cleared; validate() checks the rules before submit.
 */
export function useFormDialog(visible: Ref<boolean>, reset: () => void) {
  const formRef = ref<FormInstance>()
  const { saving, fieldErrors, clear, submit } = useDialogSubmit(visible)

  watch(visible, (open) => {
    if (!open) return
    clear()
    reset()
    formRef.value?.clearValidate()
  })

  /** The form's rules hold (false when a field is wrong or the form is not there). */
  async function validate(): Promise<boolean> {
    return (await formRef.value?.validate().catch(() => false)) ?? false
  }

  return { formRef, saving, fieldErrors, submit, validate }
}
