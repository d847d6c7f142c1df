import { ref, watch, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { DeliveryDetail } from '@/api/delivery'
import { isApiError } from '@/api/client'
import { useFieldErrors } from '@/composables/useFieldErrors'
import { failureEffect } from '@/domain/delivery'

/** What a delivery dialog tells its page: done with the new state, or stale (reload). */
export interface DeliveryDialogEvents {
  (event: 'done', detail: DeliveryDetail): void
  (event: 'stale'): void
}

/**
 * The submit flow of the delivery dialogs: busy while the request runs; on success a message, the
 * dialog closed and `done` with the new state; a 409 (someone else acted first, the state is not
 * the expected one) or 404 closes the dialog and asks the page to reload; other problems (wrong ID
 * number, bad tracking number, …) stay in the dialog, next to the fields when the server names them.
 * Each time the dialog opens, clearForm() empties its fields and the last problems go.
 */
export function useDeliveryAction(visible: Ref<boolean>, emit: DeliveryDialogEvents, clearForm: () => void) {
  const saving = ref(false)
  const problem = ref<string | null>(null)
  const { fieldErrors, clear, apply } = useFieldErrors()

  function reset(): void {
    problem.value = null
    clear()
  }

  watch(visible, (open) => {
    if (!open) return
    clearForm()
    reset()
  })

  async function run(request: () => Promise<DeliveryDetail>, success: string): Promise<void> {
    if (saving.value) return
    saving.value = true
    reset()
    try {
      const detail = await request()
      ElMessage({ type: 'success', message: success })
      visible.value = false
      emit('done', detail)
    } catch (e) {
      if (failureEffect(e) === 'reload') {
        ElMessage({ type: 'warning', message: isApiError(e) ? e.message : '出件信息已变化，请刷新', duration: 6000 })
        visible.value = false
        emit('stale')
      } else if (!apply(e)) {
        problem.value = isApiError(e) ? e.message : '提交失败，请重试'
      }
    } finally {
      saving.value = false
    }
  }

  return { saving, problem, fieldErrors, run }
}
