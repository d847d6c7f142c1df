// 好差评 rules the pages check before sending (the back end checks them again).
import type { LevelOption, RateLink } from '@/api/evaluation'
import type { CaseStatus, TicketState } from '@/api/types'

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

/** A ticket can be rated from its follow page once it is finished (not when void or closed unserved). */
export function ticketRateable(state: TicketState | null | undefined): boolean {
  return state === 'DONE'
}

/** A case can be rated from its progress page once the result has been delivered. */
export function caseRateable(status: CaseStatus | null | undefined): boolean {
  return status === 'DELIVERED'
}

export interface RateButton {
  path: string
  label: string
  hint: string
  primary: boolean
}

/** The button the follow page or the progress page shows for a rating link (扫码评), or null without one. */
export function rateButton(link: RateLink | null | undefined): RateButton | null {
  if (!link) return null
  const path = `/m/rate/${encodeURIComponent(link.ratingToken)}`
  if (!link.rated) {
    return { path, label: '评价本次服务', hint: '您的评价会直接送到服务窗口和部门，帮助我们改进', primary: true }
  }
  if (!link.followedUp) {
    return { path, label: '已评价，可追评', hint: '感谢您的评价。办理后续有新的感受，可以追评一次', primary: false }
  }
  return { path, label: '查看我的评价', hint: '感谢您的评价和追评', primary: false }
}
