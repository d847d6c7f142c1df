// Rules and texts of the back-office screens: the 电子监察 lights (always with their Chinese word,
// never colour alone), task states, the clock's texts, which actions a task allows, and how a
// failed decision is told (409: someone else was faster).
import { isApiError } from '@/api/client'
import type { ApprovalTaskRow, ClockView, Light, PauseState, TaskState } from '@/api/approval'

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export const LIGHTS: { value: Light; label: string; meaning: string; tag: TagType }[] = [
  { value: 'GREEN', label: '绿灯', meaning: '正常', tag: 'success' },
  { value: 'YELLOW', label: '黄灯', meaning: '预警', tag: 'warning' },
  { value: 'RED', label: '红灯', meaning: '超期', tag: 'danger' },
]

/** "绿灯 正常", "黄灯 预警", "红灯 超期": the words go with the colour. */
export function lightText(light: Light | string): string {
  const l = LIGHTS.find((x) => x.value === light)
  return l ? `${l.label} ${l.meaning}` : String(light)
}

export function lightTag(light: Light | string): TagType {
  return LIGHTS.find((x) => x.value === light)?.tag ?? 'info'
}

export const TASK_STATES: { value: TaskState; label: string }[] = [
  { value: 'OPEN', label: '待签收' },
  { value: 'CLAIMED', label: '办理中' },
  { value: 'DONE', label: '已办理' },
  { value: 'RETURNED', label: '已退回' },
  { value: 'CANCELLED', label: '已取消' },
]

export function taskStateLabel(state: TaskState | string): string {
  return TASK_STATES.find((s) => s.value === state)?.label ?? String(state)
}

export function taskStateTag(state: TaskState | string): TagType {
  switch (state) {
    case 'OPEN':
      return 'primary'
    case 'CLAIMED':
      return 'warning'
    case 'DONE':
      return 'success'
    default:
      return 'info'
  }
}

export function pauseStateTag(state: PauseState | string): TagType {
  return state === 'ACTIVE' ? 'warning' : state === 'REQUESTED' ? 'primary' : 'info'
}

/**
 * What the clock says in words: "剩余 3 个工作日", "今日到期", "超期 2 个工作日", with
 * "（暂停计时：补正）" while paused.
 */
export function clockText(clock: Pick<ClockView, 'daysLeft' | 'daysOver' | 'paused' | 'pausedBy'>): string {
  let text: string
  if (clock.daysOver > 0) text = `超期 ${clock.daysOver} 个工作日`
  else if (clock.daysLeft === 0) text = '今日到期'
  else text = `剩余 ${clock.daysLeft} 个工作日`
  if (clock.paused) text += `（暂停计时${clock.pausedBy ? `：${clock.pausedBy}` : ''}）`
  return text
}

/** "第 2 步 / 共 3 步 现场核查" */
export function stepText(row: Pick<ApprovalTaskRow, 'stepPosition' | 'stepCount' | 'stepName'>): string {
  return `第 ${row.stepPosition} 步 / 共 ${row.stepCount} 步 ${row.stepName}`
}

export interface TaskActions {
  claim: boolean
  approve: boolean
  returnToPrevious: boolean
  reject: boolean
  requestSupplement: boolean
}

/** Which buttons a task shows to the signed-in approver. */
export function taskActions(row: Pick<ApprovalTaskRow, 'state' | 'mine' | 'stepPosition'>): TaskActions {
  const held = row.state === 'CLAIMED' && row.mine
  return {
    claim: row.state === 'OPEN',
    approve: held,
    returnToPrevious: held && row.stepPosition > 1,
    reject: held,
    requestSupplement: held,
  }
}

/** The label of the approve button: the last step decides. */
export function approveLabel(row: Pick<ApprovalTaskRow, 'lastStep'>): string {
  return row.lastStep ? '准予办理' : '通过，转下一环节'
}

/** True for the 409 that means "someone else acted on this task first": the page reloads it. */
export function isChangedByOthers(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && (e.code === 'approval.task-changed' || e.code === 'approval.task-claimed')
}

export const CHANGED_BY_OTHERS = '已被他人处理，请刷新'

/** The special procedures the back end accepts. */
export const SPECIAL_PROCEDURES = ['公示', '专家评审', '检测', '检验', '检疫', '鉴定', '听证', '招标', '拍卖', '现场勘验', '其他'] as const

/** The supplement's items, one per line, blanks dropped, at most 20. */
export function supplementItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, 20)
}

/** Sorts worst first: red by days over, then yellow by days left, then green. */
export function byUrgency(a: { clock: ClockView }, b: { clock: ClockView }): number {
  const order: Record<Light, number> = { RED: 0, YELLOW: 1, GREEN: 2 }
  const byLight = order[a.clock.light] - order[b.clock.light]
  if (byLight !== 0) return byLight
  if (a.clock.daysOver !== b.clock.daysOver) return b.clock.daysOver - a.clock.daysOver
  return a.clock.daysLeft - b.clock.daysLeft
}
