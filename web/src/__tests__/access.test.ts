import { describe, expect, it } from 'vitest'
import { ACCESS, EDIT, allows } from '@/router/access'

describe('access', () => {
  it('lets only SYS_ADMIN edit the county-wide working calendar, the others keep reading it', () => {
    expect(allows(EDIT.calendar, ['SYS_ADMIN'])).toBe(true)
    expect(allows(EDIT.calendar, ['SITE_ADMIN'])).toBe(false)
    expect(allows(EDIT.calendar, ['SUPERVISOR'])).toBe(false)
    expect(allows(ACCESS.calendar, ['SITE_ADMIN'])).toBe(true)
    expect(allows(ACCESS.calendar, ['SUPERVISOR'])).toBe(true)
  })
})
