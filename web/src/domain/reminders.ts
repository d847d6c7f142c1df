// Words of the 催办提醒 list.
import type { ReminderLight } from '@/api/reminders'

const SOURCE_LABELS: Record<string, string> = {
  'approval-task': '审批待办',
  'evaluation-rectification': '差评整改',
  'escalation-matter': '办不成事',
  'improvement-issue': '问题台账',
}

/** The kind of item a reminder is about, in Chinese (an unknown source is shown as it is). */
export function reminderSourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source
}

/** The tag colour of a reminder: red, yellow, or grey for a notice. */
export function reminderTagType(light: ReminderLight): 'danger' | 'warning' | 'info' {
  return light === 'RED' || light === 'STEP_OVERDUE' ? 'danger' : light === 'YELLOW' ? 'warning' : 'info'
}
