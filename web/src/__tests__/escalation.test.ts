import { describe, expect, it } from 'vitest'
import { percent } from '@/api/escalation'
import { classSpan, lightType, matterFilter, matterFilterForm } from '@/views/escalation/escalation'

describe('办不成事', () => {
  it('shows the time limit of each class', () => {
    expect(classSpan({ classification: 'ON_THE_SPOT', span: 0, unit: 'SAME_DAY' })).toBe('当日')
    expect(classSpan({ classification: 'GENERAL', span: 1, unit: 'WORKING_DAYS' })).toBe('1个工作日')
    expect(classSpan({ classification: 'COMPLEX', span: 1, unit: 'MONTHS' })).toBe('1个月')
  })

  it('shows rates as percentages and nothing counted as a dash', () => {
    expect(percent(0.6667)).toBe('66.7%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(null)).toBe('—')
  })

  it('colours the lights', () => {
    expect(lightType('RED')).toBe('danger')
    expect(lightType('YELLOW')).toBe('warning')
    expect(lightType('GREEN')).toBe('success')
    expect(lightType('NONE')).toBe('info')
  })

  it('opens the filters on this month up to today and asks for what they say', () => {
    const form = matterFilterForm('2026-11-21')
    expect(form).toEqual({ range: ['2026-11-01', '2026-11-21'], state: null, classification: null, light: null })
    expect(matterFilter(form)).toEqual({
      from: '2026-11-01',
      to: '2026-11-21',
      state: null,
      classification: null,
      light: null,
    })
    expect(matterFilter({ range: null, state: 'CLOSED', classification: 'GENERAL', light: 'RED' })).toEqual({
      from: undefined,
      to: undefined,
      state: 'CLOSED',
      classification: 'GENERAL',
      light: 'RED',
    })
  })
})
