import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { ClockView } from '@/api/approval'
import {
  approveLabel,
  byUrgency,
  clockText,
  isChangedByOthers,
  lightTag,
  lightText,
  stepText,
  supplementItems,
  taskActions,
  taskStateLabel,
} from '@/domain/approval'

function clock(partial: Partial<ClockView>): ClockView {
  return {
    acceptedOn: '2026-11-02',
    promisedDays: 10,
    promisedOn: '2026-11-16',
    duePromisedOn: '2026-11-16',
    legalDays: 20,
    dueLegalOn: '2026-11-30',
    daysUsed: 0,
    daysLeft: 10,
    daysOver: 0,
    pausedDays: 0,
    light: 'GREEN',
    lightLabel: '绿灯',
    paused: false,
    pausedBy: null,
    ...partial,
  }
}

describe('approval lights', () => {
  it('names every light in words, not colour alone', () => {
    expect(lightText('GREEN')).toBe('绿灯 正常')
    expect(lightText('YELLOW')).toBe('黄灯 预警')
    expect(lightText('RED')).toBe('红灯 超期')
    expect(lightTag('RED')).toBe('danger')
    expect(lightTag('YELLOW')).toBe('warning')
    expect(lightTag('GREEN')).toBe('success')
    expect(lightTag('PURPLE')).toBe('info')
  })

  it('says what the clock says', () => {
    expect(clockText(clock({ daysLeft: 3 }))).toBe('剩余 3 个工作日')
    expect(clockText(clock({ daysLeft: 0 }))).toBe('今日到期')
    expect(clockText(clock({ daysLeft: -2, daysOver: 2 }))).toBe('超期 2 个工作日')
    expect(clockText(clock({ daysLeft: 4, paused: true, pausedBy: '补正' }))).toBe('剩余 4 个工作日（暂停计时：补正）')
  })

  it('sorts the worst first', () => {
    const rows = [
      { clock: clock({ light: 'GREEN', daysLeft: 8 }) },
      { clock: clock({ light: 'RED', daysOver: 1 }) },
      { clock: clock({ light: 'YELLOW', daysLeft: 1 }) },
      { clock: clock({ light: 'RED', daysOver: 5 }) },
      { clock: clock({ light: 'YELLOW', daysLeft: 0 }) },
    ]
    expect(rows.sort(byUrgency).map((r) => `${r.clock.light}${r.clock.daysOver || r.clock.daysLeft}`)).toEqual([
      'RED5',
      'RED1',
      'YELLOW0',
      'YELLOW1',
      'GREEN8',
    ])
  })
})

describe('approval tasks', () => {
  it('labels states and steps', () => {
    expect(taskStateLabel('OPEN')).toBe('待签收')
    expect(taskStateLabel('CLAIMED')).toBe('办理中')
    expect(stepText({ stepPosition: 2, stepCount: 3, stepName: '现场核查' })).toBe('第 2 步 / 共 3 步 现场核查')
    expect(approveLabel({ lastStep: true })).toBe('准予办理')
    expect(approveLabel({ lastStep: false })).toBe('通过，转下一环节')
  })

  it('offers only what the approver may do', () => {
    expect(taskActions({ state: 'OPEN', mine: false, stepPosition: 1 })).toEqual({
      claim: true,
      approve: false,
      returnToPrevious: false,
      reject: false,
      requestSupplement: false,
    })
    expect(taskActions({ state: 'CLAIMED', mine: false, stepPosition: 2 }).approve).toBe(false)
    const held = taskActions({ state: 'CLAIMED', mine: true, stepPosition: 1 })
    expect(held.approve && held.reject && held.requestSupplement).toBe(true)
    expect(held.returnToPrevious).toBe(false)
    expect(taskActions({ state: 'CLAIMED', mine: true, stepPosition: 2 }).returnToPrevious).toBe(true)
    expect(taskActions({ state: 'DONE', mine: true, stepPosition: 2 }).approve).toBe(false)
  })

  it('recognises a task someone else acted on first', () => {
    const changed = new ApiError({ status: 409, title: '已被他人处理，请刷新', code: 'approval.task-changed' })
    const paused = new ApiError({ status: 409, title: '办理时限暂停中', code: 'approval.case-paused' })
    expect(isChangedByOthers(changed)).toBe(true)
    expect(isChangedByOthers(paused)).toBe(false)
    expect(isChangedByOthers(new Error('x'))).toBe(false)
  })

  it('reads the supplement items one per line', () => {
    expect(supplementItems('营业执照副本\n\n  场所平面图 \r\n')).toEqual(['营业执照副本', '场所平面图'])
    expect(supplementItems(Array.from({ length: 25 }, (_, i) => `材料${i}`).join('\n'))).toHaveLength(20)
  })
})
