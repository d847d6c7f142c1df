import { ref, shallowRef, type ShallowRef } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { CaseView } from '@/api/types'
import { isApiError } from '@/api/client'
import { isCaseChanged, refusalsByLine } from '@/domain/acceptance'

/** A refused change: the problem's Chinese title and detail, and its reasons by checklist line (0 = the case). */
export interface CaseRefusal {
  title: string
  detail: string | null
  byLine: Map<number, string[]>
}

/**
 * Every change of the case screen runs through here: one at a time (a change asked while another runs waits for
 * it, e.g. a note saved on blur followed by a click), with the version last seen; the answer (the whole case)
 * replaces the shown one. A stale version (409 `acceptance.case-changed`) says so and offers to reload;
 * a refused decision (422 with `errors`) keeps its reasons for the lines they name; anything else shows the
 * problem's Chinese detail.
 */
export function useCaseActions(current: ShallowRef<CaseView | null>, reload: () => Promise<void>) {
  const busy = ref(false)
  const refusal = shallowRef<CaseRefusal | null>(null)

  let queue: Promise<unknown> = Promise.resolve()

  function run(action: (c: CaseView) => Promise<CaseView>, success?: string): Promise<boolean> {
    const next = queue.then(() => perform(action, success))
    queue = next
    return next
  }

  async function perform(action: (c: CaseView) => Promise<CaseView>, success?: string): Promise<boolean> {
    const c = current.value
    if (!c) return false
    busy.value = true
    try {
      current.value = await action(c)
      refusal.value = null
      if (success) ElMessage({ type: 'success', message: success })
      return true
    } catch (e) {
      if (isCaseChanged(e)) {
        await askReload(isApiError(e) ? e.message : '')
      } else if (isApiError(e) && (e.problem.errors?.length ?? 0) > 0 && e.status === 422) {
        refusal.value = { title: e.problem.title ?? '不能办理', detail: e.problem.detail ?? null, byLine: refusalsByLine(e) }
        ElMessage({ type: 'error', message: e.message, showClose: true, duration: 6000 })
      } else if (isApiError(e)) {
        ElMessage({ type: 'error', message: e.message, showClose: true, duration: 6000 })
      } else {
        ElMessage({ type: 'error', message: '操作失败，请稍后重试', showClose: true })
        console.error(e)
      }
      return false
    } finally {
      busy.value = false
    }
  }

  async function askReload(detail: string): Promise<void> {
    try {
      await ElMessageBox.alert(detail || '办件已被他人修改，请刷新后再操作', '已被他人修改，请刷新', {
        type: 'warning',
        confirmButtonText: '刷新',
      })
    } catch {
      // closed: reload anyway, the shown case is stale
    }
    await reload()
  }

  return { busy, refusal, run }
}
