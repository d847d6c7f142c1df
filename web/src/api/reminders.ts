// 催办提醒: the logged-in staff member's reminders of items whose light turned yellow or red
// (审批待办, 差评整改, 办不成事, 问题台账). Types live here with their calls (staff's ReminderController).
import { api, type RequestOptions } from './client'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

/**
 * YELLOW and RED are lights; STEP_OVERDUE a step past its own due date (审批 环节超期) while its case is not red;
 * NOTICE a one-off notice (a 差评整改 reopened by a 追评).
 */
export type ReminderLight = 'YELLOW' | 'RED' | 'STEP_OVERDUE' | 'NOTICE'

export interface Reminder {
  id: number
  /** approval-task, evaluation-rectification, escalation-matter, improvement-issue */
  source: string
  light: ReminderLight
  /** 黄灯预警 / 红灯超期 / 重新办理 */
  lightLabel: string
  title: string
  /** The front-end path of the item. */
  link: string
  createdAt: string
  readAt: string | null
  smsSent: boolean
}

export const listReminders = (unreadOnly: boolean, opts?: Opts) =>
  api.get<Reminder[]>('/api/me/reminders', { ...opts, query: { unreadOnly } })

export const unreadReminderCount = (opts?: Opts) =>
  api.get<{ count: number }>('/api/me/reminders/unread-count', opts)

export const markReminderRead = (id: number, opts?: Opts) => api.post<void>(`/api/me/reminders/${id}/read`, {}, opts)

export const markAllRemindersRead = (opts?: Opts) => api.post<{ count: number }>('/api/me/reminders/read-all', {}, opts)
