import { ElMessage } from 'element-plus'
import { isApiError } from '@/api/client'
import { downloadWorkbook } from '@/api/catalog'

/** A 404 that means "this endpoint does not exist (yet)", not "this version does not exist". */
export function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && (!error.code || error.code === 'platform.http.404')
}

export const WORKBOOK_NOT_AVAILABLE = '服务器暂未提供 Excel 导入导出功能，请更新系统后再试或联系系统管理员'

/** Downloads the workbook of a version and saves it; explains a missing endpoint instead of failing. */
export async function saveWorkbook(version: number): Promise<void> {
  try {
    const { blob, filename } = await downloadWorkbook(version, { silent: true })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = filename ?? (version === 0 ? '受理事典-草稿.xlsx' : `受理事典-第${version}版.xlsx`)
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    ElMessage({ type: 'success', message: `已开始下载 ${a.download}` })
  } catch (e) {
    if (isMissingEndpoint(e)) {
      ElMessage({ type: 'warning', message: WORKBOOK_NOT_AVAILABLE, grouping: true, showClose: true, duration: 6000 })
    } else if (isApiError(e)) {
      ElMessage({ type: 'error', message: e.message, grouping: true, showClose: true })
    } else {
      throw e
    }
  }
}
