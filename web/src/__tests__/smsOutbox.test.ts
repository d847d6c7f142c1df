import { describe, expect, it } from 'vitest'
import { phoneFilter, purposeLabel } from '@/domain/smsOutbox'

describe('SMS outbox filters', () => {
  it('sends a whole number without separators or country prefix', () => {
    expect(phoneFilter('13912345678')).toEqual({ phone: '13912345678' })
    expect(phoneFilter(' 139 1234 5678 ')).toEqual({ phone: '13912345678' })
    expect(phoneFilter('139-1234-5678')).toEqual({ phone: '13912345678' })
    expect(phoneFilter('+86 139 1234 5678')).toEqual({ phone: '13912345678' })
    expect(phoneFilter('8613912345678')).toEqual({ phone: '13912345678' })
    expect(phoneFilter('008613912345678')).toEqual({ phone: '13912345678' })
  })

  it('sends part of a number, at least three digits', () => {
    expect(phoneFilter('5678')).toEqual({ phone: '5678' })
    expect(phoneFilter('139')).toEqual({ phone: '139' })
    expect(phoneFilter('86')).toHaveProperty('problem')
  })

  it('refuses what is no phone number and ignores an empty filter', () => {
    expect(phoneFilter('abc').problem).toContain('手机号码')
    expect(phoneFilter('139123456789').problem).toBeTruthy()
    expect(phoneFilter('   ')).toEqual({})
  })

  it('names the documented purposes and shows other codes as they are', () => {
    expect(purposeLabel('sign-in-code')).toBe('登录验证码')
    expect(purposeLabel('one-time-notice')).toBe('一次性告知')
    expect(purposeLabel('case-accepted')).toBe('受理通知')
    expect(purposeLabel('online-submitted')).toBe('网上申请已提交')
    expect(purposeLabel('delivery-ready')).toBe('领取通知')
    expect(purposeLabel('delivery-mailed')).toBe('邮寄通知')
    expect(purposeLabel('pickup-ready')).toBe('pickup-ready')
  })
})
