import { describe, expect, it } from 'vitest'
import { issueQueryString } from '@/api/improvement'
import {
  lightTag,
  onTimeRate,
  suggestionBody,
  suggestionProblems,
  THEMES,
  type SuggestionDraft,
} from '@/domain/improvement'
import { visibleLinks } from '@/router/menu'

function draft(overrides: Partial<SuggestionDraft> = {}): SuggestionDraft {
  return {
    targetGroup: 'CITIZEN',
    theme: 'LAYOUT',
    content: '二楼缺少指示牌',
    name: '',
    phone: '',
    answers: {},
    ...overrides,
  }
}

describe('the suggestion form', () => {
  it('takes an anonymous suggestion and leaves name and phone out of the body', () => {
    expect(suggestionProblems(draft())).toEqual({})
    const body = suggestionBody(draft({ answers: { SERVICE_QUALITY: 4, LAYOUT: 0 } }))
    expect(body).toEqual({ targetGroup: 'CITIZEN', theme: 'LAYOUT', content: '二楼缺少指示牌', answers: { SERVICE_QUALITY: 4 } })
    expect('name' in body).toBe(false)
    expect('phone' in body).toBe(false)
  })

  it('keeps a script as text and only checks its length', () => {
    const script = '<script>alert(1)</script>'
    expect(suggestionProblems(draft({ content: script }))).toEqual({})
    expect(suggestionBody(draft({ content: script })).content).toBe(script)
    expect(suggestionProblems(draft({ content: '长'.repeat(1001) })).content).toBe('建议不能超过1000字')
    expect(suggestionProblems(draft({ content: '   ' })).content).toBe('请填写您的建议')
  })

  it('checks the optional name and phone and the scores', () => {
    expect(suggestionProblems(draft({ phone: '138 1234 5678', name: '阿依古丽·买买提' }))).toEqual({})
    expect(suggestionBody(draft({ phone: '138-1234-5678' })).phone).toBe('13812345678')
    expect(suggestionProblems(draft({ phone: '12345' })).phone).toContain('11位手机号')
    expect(suggestionProblems(draft({ name: '张三<b>' })).name).toContain('只能包含文字')
    expect(suggestionProblems(draft({ answers: { LAYOUT: 6 } }))['answer-LAYOUT']).toBe('请打1至5分')
    expect(suggestionProblems(draft({ targetGroup: undefined, theme: undefined }))).toMatchObject({
      targetGroup: '请选择您的身份',
      theme: '请选择建议主题',
    })
  })

  it('names the seed themes', () => {
    expect(Object.values(THEMES)).toEqual(['服务质量', '服务态度', '办事便利度', '大厅布局及标识', '窗口设置', '其他'])
  })
})

describe('the issue ledger', () => {
  it('shows every light with words, never colour alone', () => {
    expect(lightTag('GREEN')).toEqual({ type: 'success', text: '绿灯 正常' })
    expect(lightTag('YELLOW')).toEqual({ type: 'warning', text: '黄灯 临期' })
    expect(lightTag('RED')).toEqual({ type: 'danger', text: '红灯 超期' })
    expect(lightTag('NONE').text).toBe('已销号')
  })

  it('computes the on-time rate of closed entries', () => {
    expect(onTimeRate(0, 0)).toBeNull()
    expect(onTimeRate(3, 2)).toBe(67)
    expect(onTimeRate(4, 4)).toBe(100)
  })

  it('puts only the chosen filters in the query', () => {
    expect(issueQueryString({})).toBe('')
    expect(issueQueryString({ siteId: 3, status: null, overdue: true, light: 'RED' })).toBe('?siteId=3&overdue=true&light=RED')
  })

  it('shows the menu entries to site administrators and supervisors, not to clerks', () => {
    const keys = (roles: Parameters<typeof visibleLinks>[0]) => visibleLinks(roles).map((l) => l.key)
    expect(keys(['SUPERVISOR'])).toEqual(expect.arrayContaining(['improvement-campaigns', 'improvement-issues']))
    expect(keys(['SITE_ADMIN'])).toEqual(expect.arrayContaining(['improvement-campaigns', 'improvement-issues']))
    expect(keys(['ACCEPTOR'])).not.toContain('improvement-issues')
  })
})
