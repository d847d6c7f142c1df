import { describe, expect, it } from 'vitest'
import type { LevelOption } from '@/api/evaluation'
import { verdictProblem } from '@/domain/evaluation'
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
