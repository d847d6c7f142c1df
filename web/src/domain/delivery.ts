// Rules and texts of the 统一出件 screens: the tabs, state labels, the tracking-number check per
// carrier (the same rules as the back end's Carrier), and what a failed action means for the page.
import { isApiError } from '@/api/client'
import type { CarrierCode, DeliveryState } from '@/api/delivery'

export interface DeliveryTab {
  key: 'ready' | 'to-mail' | 'mailed' | 'delivered'
  label: string
  states: DeliveryState[]
}

/** The page's tabs: 待领取, 待寄出, 已寄出, 已送达 (picked up or signed for). */
export const DELIVERY_TABS: DeliveryTab[] = [
  { key: 'ready', label: '待领取', states: ['READY_FOR_PICKUP'] },
  { key: 'to-mail', label: '待寄出', states: ['TO_BE_MAILED'] },
  { key: 'mailed', label: '已寄出', states: ['MAILED'] },
  { key: 'delivered', label: '已送达', states: ['PICKED_UP', 'SIGNED'] },
]

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  READY_FOR_PICKUP: '待领取',
  PICKED_UP: '已领取',
  TO_BE_MAILED: '待寄出',
  MAILED: '已寄出',
  SIGNED: '已签收',
}

export const DELIVERY_STATE_TAGS: Record<DeliveryState, 'warning' | 'success' | 'primary' | 'info'> = {
  READY_FOR_PICKUP: 'warning',
  TO_BE_MAILED: 'warning',
  MAILED: 'primary',
  PICKED_UP: 'success',
  SIGNED: 'success',
}

/** The badge of a tab: the sum of its states' counts. */
export function tabCount(tab: DeliveryTab, counts: Partial<Record<DeliveryState, number>> | null): number {
  if (!counts) return 0
  return tab.states.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
}

export interface CarrierRule {
  code: CarrierCode
  label: string
  pattern: RegExp
  hint: string
}

/** The carriers and the shape of their tracking numbers (mirrors Carrier.java). */
export const CARRIERS: CarrierRule[] = [
  {
    code: 'EMS',
    label: '中国邮政EMS',
    pattern: /^(\d{13}|[A-Z]{2}\d{9}CN)$/,
    hint: '13 位数字，或 2 位字母 + 9 位数字 + CN（如 EA123456785CN）',
  },
  { code: 'SF', label: '顺丰速运', pattern: /^SF\d{12,13}$/, hint: 'SF + 12–13 位数字（如 SF1234567890123）' },
  {
    code: 'JD',
    label: '京东物流',
    pattern: /^JD[A-Z]{0,2}\d{11,13}$/,
    hint: 'JD + 0–2 位字母 + 11–13 位数字（如 JDVA12345678901）',
  },
]

/** The tracking number as the back end stores it: no spaces or dashes, letters upper-case. */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase()
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7]

/** The UPU S10 check digit of eight serial digits (EMS numbers like EA123456785CN). */
export function s10CheckDigit(serial: string): number {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!
  const check = 11 - (sum % 11)
  return check === 10 ? 0 : check === 11 ? 5 : check
}

/** What is wrong with a tracking number for a carrier, or null when it looks right. */
export function trackingNumberProblem(carrier: CarrierCode | '' | null, value: string): string | null {
  if (!carrier) return '请选择快递公司'
  const rule = CARRIERS.find((c) => c.code === carrier)
  if (!rule) return '请选择快递公司'
  const number = normalizeTrackingNumber(value)
  if (!number) return '请填写快递单号'
  if (!rule.pattern.test(number)) return `${rule.label}单号应为：${rule.hint}`
  if (carrier === 'EMS' && number.endsWith('CN') && s10CheckDigit(number.slice(2, 10)) !== Number(number[10])) {
    return 'EMS 单号的校验位不正确，请核对'
  }
  return null
}

/** What the page does after a failed action: a 409 means the delivery changed, so reload it. */
export function failureEffect(error: unknown): 'reload' | 'stay' {
  return isApiError(error) && (error.status === 409 || error.status === 404) ? 'reload' : 'stay'
}

/** The text of what is handed over, e.g. "食品经营许可证 JY13608990000001；不予批准决定书". */
export function itemsText(items: { title: string; licenseNumber: string | null }[]): string {
  return items.map((i) => (i.licenseNumber ? `${i.title} ${i.licenseNumber}` : i.title)).join('；')
}
