// 好差评 rules the pages check before sending (the back end checks them again).
import type { LevelOption } from '@/api/evaluation'

export const COMMENT_MAX = 500

/** Why a verdict cannot be sent yet, or null: a level is needed; a 差评 needs a reason or a text. */
export function verdictProblem(level: LevelOption | null, reasons: readonly string[], comment: string): string | null {
  if (!level) return '请先选择您的评价'
  if (comment.length > COMMENT_MAX) return `意见最多 ${COMMENT_MAX} 字`
  if (level.bad && reasons.length === 0 && comment.trim() === '') {
    return `选择“${level.label}”时，请至少选择一个原因或填写具体意见`
  }
  return null
}
