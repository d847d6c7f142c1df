import { describe, expect, it } from 'vitest'
import { chineseDate, holderLabels, printWatermark, validityText } from '@/domain/licenses'

describe('licence texts', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(chineseDate('2026-11-21')).toBe('2026年11月21日')
    expect(chineseDate('2026-05-01')).toBe('2026年5月1日')
    expect(chineseDate('2026-11-21T10:22:55+08:00')).toBe('2026年11月21日')
    expect(chineseDate(null)).toBe('')
    expect(chineseDate('not a date')).toBe('')
  })

  it('says how long a licence is valid, long-term included', () => {
    expect(validityText({ validFrom: '2026-11-21', validUntil: '2031-11-20' })).toBe('自2026年11月21日至2031年11月20日')
    expect(validityText({ validFrom: '2026-01-05', validUntil: null })).toBe('自2026年1月5日起长期有效')
  })

  it('names the holder as a person or an organisation', () => {
    expect(holderLabels('PERSON')).toEqual({ name: '姓名', id: '公民身份号码' })
    expect(holderLabels('ORGANIZATION')).toEqual({ name: '名称', id: '统一社会信用代码' })
  })

  it('marks every licence that does not stand today', () => {
    expect(printWatermark('VALID', '有效')).toBeNull()
    expect(printWatermark('REVOKED', '已注销')).toBe('已注销')
    expect(printWatermark('EXPIRED', '已过期')).toBe('已过期')
    expect(printWatermark('NOT_YET_VALID', '未生效')).toBe('未生效')
  })
})
