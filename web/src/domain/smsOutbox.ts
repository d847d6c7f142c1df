// Rules and texts of the SMS outbox (短信发件箱) page.
import type { SmsStatus } from '@/api/smsOutbox'

/** The purposes the modules send messages for; a code not listed here is shown as it is. */
const PURPOSE_LABELS: Record<string, string> = {
  'sign-in-code': '登录验证码',
  'one-time-notice': '一次性告知',
  'staff-reminder': '催办提醒',
  'online-submitted': '网上申请已提交',
  'case-accepted': '受理通知',
  'case-not-accepted': '不予受理通知',
  'case-terminated': '办件终止通知',
  'approval-supplement': '补正通知',
  'delivery-ready': '领取通知',
  'delivery-mailed': '邮寄通知',
}

export function purposeLabel(purpose: string): string {
  return PURPOSE_LABELS[purpose] ?? purpose
}

export const SMS_STATUS_TAGS: Record<SmsStatus, 'info' | 'success' | 'danger'> = {
  PENDING: 'info',
  SENT: 'success',
  FAILED: 'danger',
}

/**
 * What the phone filter sends, or why it cannot: a whole mobile number (spaces, dashes and +86 allowed) or
 * 3 to 11 of its digits, as the back end accepts. Empty means no filter.
 */
export function phoneFilter(value: string): { phone?: string; problem?: string } {
  const trimmed = value.trim()
  if (!trimmed) return {}
  let digits = trimmed.replace(/[\s\u3000-]/g, '')
  // +86 always; 0086 and 86 only in front of a whole number, as the back end reads them
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else digits = /^(?:0086|86)(\d{11})$/.exec(digits)?.[1] ?? digits
  if (!/^\d{3,11}$/.test(digits)) return { problem: '请填写手机号码，或其中连续的 3～11 位数字' }
  return { phone: digits }
}
