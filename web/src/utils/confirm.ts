import { ElMessageBox } from 'element-plus'

/** A warning the user must confirm; resolves to whether they did. */
export async function confirmWarning(message: string, title: string, confirmButtonText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText, cancelButtonText: '取消' })
    return true
  } catch {
    return false
  }
}
