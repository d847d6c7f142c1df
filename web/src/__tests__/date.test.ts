import { describe, expect, it } from 'vitest'
import { formatHallTime, hallClock, today } from '@/utils/date'

describe('today', () => {
  it('is the hall date (UTC+8), also when UTC is still on the day before', () => {
    expect(today(Date.parse('2026-11-21T15:59:59Z'))).toBe('2026-11-21')
    expect(today(Date.parse('2026-11-21T16:00:00Z'))).toBe('2026-11-22')
    expect(today(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
  })

  it('agrees with the hall time of the same instant', () => {
    const at = '2026-11-21T17:05:00Z'
    expect(formatHallTime(at).slice(0, 10)).toBe(today(Date.parse(at)))
  })
})

describe('hallClock', () => {
  it("shows the hall's time (UTC+8) whatever the device's zone", () => {
    expect(hallClock(Date.parse('2026-11-22T00:11:05Z'))).toBe('08:11:05')
    expect(hallClock(Date.parse('2026-11-21T16:00:00Z'))).toBe('00:00:00')
  })
})
