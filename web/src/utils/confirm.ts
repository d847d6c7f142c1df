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

/**
 * Before a save switches something off (it was active, the form says not): asks with the message; resolves to
 * whether the save may go on (always when nothing is switched off).
 */
export async function confirmDeactivation(
  wasActive: boolean | undefined,
  active: boolean,
  message: () => string,
  title: string,
): Promise<boolean> {
  if (!wasActive || active) return true
  return confirmWarning(message(), title, '确定停用')
}
