import { describe, expect, it } from 'vitest'
import { isValidCreditCode, isValidIdNumber, isValidPhone, passwordProblem } from '@/utils/validators'

describe('validators', () => {
  it('checks the GB 11643 check digit of an ID number', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('110105194912310021')).toBe(false)
    expect(isValidIdNumber('110105194902300028')).toBe(false) // 30 February
  })

  it('checks the GB 32100 check character of a credit code', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true)
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false)
    expect(isValidCreditCode('91350100M000100YI3')).toBe(false) // I is not in the code set
  })

  it('accepts mobile, landline and hotline numbers', () => {
    expect(isValidPhone('13800000000')).toBe(true)
    expect(isValidPhone('0796-1234567')).toBe(true)
    expect(isValidPhone('12345')).toBe(true)
    expect(isValidPhone('1234')).toBe(false)
  })

  it('asks for 8 characters with letters and digits', () => {
    expect(passwordProblem('abc12345')).toBeNull()
    expect(passwordProblem('abcdefgh')).toBe('密码须同时包含字母和数字')
    expect(passwordProblem('a1')).toBe('密码至少 8 位')
  })
})

describe('dates', () => {
  it('shows back-end timestamps in the hall time they carry, dates as YYYY-MM-DD', async () => {
    const { formatDate, formatDateTime } = await import('@/utils/date')
    expect(formatDateTime('2026-11-21T10:00:00+08:00')).toBe('2026-11-21 10:00:00')
    expect(formatDateTime('2026-11-21T10:05+08:00')).toBe('2026-11-21 10:05:00')
    // an Instant as Java writes it (UTC) is shown in the hall's time
    expect(formatDateTime('2026-11-11T02:00:00Z')).toBe('2026-11-11 10:00:00')
    expect(formatDateTime('2026-11-21T17:30:05.123456Z')).toBe('2026-11-22 01:30:05')
    // a local date-time without offset stays as written
    expect(formatDateTime('2026-11-21T10:00:00')).toBe('2026-11-21 10:00:00')
    expect(formatDate('2026-02-15')).toBe('2026-02-15')
    expect(formatDate('2026-11-21T23:59:00+08:00')).toBe('2026-11-21')
    expect(formatDate(null)).toBe('')
  })
})
