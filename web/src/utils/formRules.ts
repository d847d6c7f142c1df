import type { FormItemRule } from 'element-plus'
import { passwordProblem } from './validators'

/**
 * An el-form rule for a value with a format: an empty value passes (whether it may be empty is a `required`
 * rule of its own), a filled one must satisfy isValid, else the message shows.
 */
export function validIfFilled(
  isValid: (value: string) => boolean,
  message: string,
  trigger: 'blur' | 'change' = 'blur',
): FormItemRule {
  return {
    validator: (_rule, value: string, callback) =>
      value && !isValid(value) ? callback(new Error(message)) : callback(),
    trigger,
  }
}

/** A new password: required (with the message given) and strong enough (passwordProblem). */
export function newPasswordRules(requiredMessage: string): FormItemRule[] {
  return [
    { required: true, message: requiredMessage, trigger: 'blur' },
    {
      validator: (_rule, value: string, callback) => {
        const problem = value ? passwordProblem(value) : null
        return problem ? callback(new Error(problem)) : callback()
      },
      trigger: 'blur',
    },
  ]
}

/** The new password typed again: required (with the message given) and the same as password(). */
export function repeatedPasswordRules(requiredMessage: string, password: () => string): FormItemRule[] {
  return [
    { required: true, message: requiredMessage, trigger: 'blur' },
    {
      validator: (_rule, value: string, callback) =>
        value !== password() ? callback(new Error('两次输入的密码不一致')) : callback(),
      trigger: 'blur',
    },
  ]
}
