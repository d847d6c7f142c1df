import { describe, expect, it } from 'vitest'
import { reminderSourceLabel, reminderTagType } from '@/domain/reminders'
import { purposeLabel } from '@/domain/smsOutbox'

describe('催办提醒', () => {
  it('names the kind of item in Chinese', () => {
    expect(reminderSourceLabel('approval-task')).toBe('审批待办')
    expect(reminderSourceLabel('evaluation-rectification')).toBe('差评整改')
    expect(reminderSourceLabel('escalation-matter')).toBe('办不成事')
    expect(reminderSourceLabel('improvement-issue')).toBe('问题台账')
    expect(reminderSourceLabel('something-new')).toBe('something-new')
  })

  it('colours red, yellow and notices apart', () => {
    expect(reminderTagType('RED')).toBe('danger')
    expect(reminderTagType('YELLOW')).toBe('warning')
    expect(reminderTagType('STEP_OVERDUE')).toBe('danger')
    expect(reminderTagType('NOTICE')).toBe('info')
  })

  it('labels the reminders in the SMS outbox', () => {
    expect(purposeLabel('staff-reminder')).toBe('催办提醒')
  })
})
