import { describe, expect, it } from 'vitest'
import type { LevelOption } from '@/api/evaluation'
import { caseRateable, rateButton, ticketRateable, verdictProblem } from '@/domain/evaluation'
import { visibleLinks } from '@/router/menu'

const VERY_BAD: LevelOption = { code: 'VERY_DISSATISFIED', label: '非常不满意', bad: true }
const GOOD: LevelOption = { code: 'SATISFIED', label: '满意', bad: false }

describe('a verdict', () => {
  it('needs a level', () => {
    expect(verdictProblem(null, [], '')).toBe('请先选择您的评价')
  })

  it('of 差评 needs a reason or a text', () => {
    expect(verdictProblem(VERY_BAD, [], '  ')).toContain('非常不满意')
    expect(verdictProblem(VERY_BAD, ['服务态度'], '')).toBeNull()
    expect(verdictProblem(VERY_BAD, [], '等太久')).toBeNull()
  })

  it('of 好评 needs nothing more, but at most 500 characters of text', () => {
    expect(verdictProblem(GOOD, [], '')).toBeNull()
    expect(verdictProblem(GOOD, [], '好'.repeat(501))).toBe('意见最多 500 字')
  })
})

describe('the 好差评 menu', () => {
  it('shows the inbox to approvers, the ranking to supervisors and the cards to hall staff', () => {
    expect(visibleLinks(['APPROVER']).map((l) => l.key)).toContain('evaluation-rectifications')
    expect(visibleLinks(['APPROVER']).map((l) => l.key)).not.toContain('evaluation-stats')
    expect(visibleLinks(['SUPERVISOR']).map((l) => l.key)).toContain('evaluation-stats')
    expect(visibleLinks(['GUIDE']).map((l) => l.key)).toContain('evaluation-cards')
  })
})

describe('the rating button of the ticket and progress pages (扫码评)', () => {
  it('appears for a finished ticket and a delivered case only', () => {
    expect(ticketRateable('DONE')).toBe(true)
    for (const state of ['WAITING', 'CALLED', 'VOID', 'CLOSED'] as const) expect(ticketRateable(state)).toBe(false)
    expect(ticketRateable(null)).toBe(false)
    expect(caseRateable('DELIVERED')).toBe(true)
    expect(caseRateable('CONCLUDED')).toBe(false)
    expect(caseRateable(undefined)).toBe(false)
  })

  it('invites a rating, then a 追评, then only shows the rating', () => {
    expect(rateButton(null)).toBeNull()
    const fresh = rateButton({ ratingToken: 'abc_-1', rated: false, followedUp: false })
    expect(fresh).toMatchObject({ path: '/m/rate/abc_-1', label: '评价本次服务', primary: true })
    expect(rateButton({ ratingToken: 'abc', rated: true, followedUp: false })).toMatchObject({
      label: '已评价，可追评',
      primary: false,
    })
    expect(rateButton({ ratingToken: 'abc', rated: true, followedUp: true })?.label).toBe('查看我的评价')
  })

  it('keeps an odd token inside the path', () => {
    expect(rateButton({ ratingToken: 'a/b?c', rated: false, followedUp: false })?.path).toBe('/m/rate/a%2Fb%3Fc')
  })
})
