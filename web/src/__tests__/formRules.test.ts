import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'element-plus'
import { newPasswordRules, repeatedPasswordRules, validIfFilled } from '@/utils/formRules'
import { isValidPhone } from '@/utils/validators'

function check(rule: FormItemRule, value: string): string | null {
  let result: string | null = 'not called'
  rule.validator!(rule, value, (e?: string | Error) => {
    result = e instanceof Error ? e.message : null
  }, {}, {})
  return result
}

describe('validIfFilled', () => {
  const rule = validIfFilled(isValidPhone, '电话格式不正确，如 0796-1234567')

  it('lets an empty value pass: required is a rule of its own', () => {
    expect(check(rule, '')).toBeNull()
  })

  it('checks a filled value and says what is wrong', () => {
    expect(check(rule, '0796-1234567')).toBeNull()
    expect(check(rule, '12ab')).toBe('电话格式不正确，如 0796-1234567')
  })

  it('checks on blur unless told', () => {
    expect(rule.trigger).toBe('blur')
    expect(validIfFilled(isValidPhone, 'x', 'change').trigger).toBe('change')
  })
})

describe('password rules', () => {
  const rulesCheck = (rules: FormItemRule[], value: string) => check(rules[1]!, value)

  it('asks for a strong enough new password', () => {
    const rules = newPasswordRules('请输入新密码')
    expect(rules[0]).toMatchObject({ required: true, message: '请输入新密码' })
    expect(rulesCheck(rules, '')).toBeNull()
    expect(rulesCheck(rules, 'short1')).not.toBeNull()
    expect(rulesCheck(rules, 'demo12345')).toBeNull()
  })

  it('wants the password typed again to be the same', () => {
    let password = 'demo12345'
    const rules = repeatedPasswordRules('请再次输入新密码', () => password)
    expect(rules[0]).toMatchObject({ required: true, message: '请再次输入新密码' })
    expect(rulesCheck(rules, 'demo12345')).toBeNull()
    password = 'demo123456'
    expect(rulesCheck(rules, 'demo12345')).toBe('两次输入的密码不一致')
  })
})
