import type { Ref } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { ElMessageBox } from 'element-plus'

/** Asks before leaving an editor whose changes are not saved yet. */
export function useLeaveGuard(dirty: Readonly<Ref<boolean>>): void {
  onBeforeRouteLeave(async () => {
    if (!dirty.value) return true
    try {
      await ElMessageBox.confirm('修改还没有保存，确定离开吗？', '离开页面', {
        type: 'warning',
        confirmButtonText: '离开',
        cancelButtonText: '留下',
      })
      return true
    } catch {
      return false
    }
  })
}
