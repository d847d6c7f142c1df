// Rules of the citizens' phone pages (网上办): the checks a citizen hears about before submitting.
// They mirror the back end (which stays the judge): mobile numbers, six-digit codes, ID numbers and
// credit codes with their check characters, the applicant, the form, the scans, the delivery.

import { isValidCreditCode, isValidIdNumber, isValidMobile } from '@/utils/validators'

export type Problems<K extends string> = Partial<Record<K, string>>

function isEmpty(problems: object): boolean {
  return Object.keys(problems).length === 0
}

export { isEmpty as noProblems }

/** Strips the spaces and dashes people type into phone numbers ("138 1234-5678"). */
export function normalizePhone(value: string): string {
  return value.replace(/[\s\u3000\-－—]/g, '')
}

export function phoneProblem(value: string): string | null {
  const phone = normalizePhone(value)
  if (!phone) return '请输入手机号'
  if (!/^\d+$/.test(phone)) return '手机号只能包含数字'
  if (phone.length !== 11) return `手机号应为 11 位，现在是 ${phone.length} 位`
  if (!isValidMobile(phone)) return '请输入以 13–19 开头的手机号'
  return null
}

export interface SignInInput {
  phone: string
  code: string
}

/** Before 获取验证码 only the phone counts; before 登录 the code too. */
export function signInProblems(input: SignInInput, withCode = true): Problems<keyof SignInInput> {
  const problems: Problems<keyof SignInInput> = {}
  const phone = phoneProblem(input.phone)
  if (phone) problems.phone = phone
  if (withCode) {
    const code = input.code.trim()
    if (!code) problems.code = '请输入短信验证码'
    else if (!/^\d{6}$/.test(code)) problems.code = '验证码为 6 位数字'
  }
  return problems
}

/** Whole seconds left until `until` (ms since the epoch), never negative: the 获取验证码 countdown. */
/**
 * How long a 429 asks to wait, in seconds: the problem's retryAfterSeconds, else the seconds its message
 * names (获取验证码过于频繁 … 请 40 秒后再获取); null when it says neither.
 */
export function retryAfter(problem: { retryAfterSeconds?: number; detail?: string }): number | null {
  if (typeof problem.retryAfterSeconds === 'number' && problem.retryAfterSeconds > 0) return problem.retryAfterSeconds
  const seconds = /(\d+) 秒/.exec(problem.detail ?? '')
  return seconds ? Number(seconds[1]) : null
}

export function secondsLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000))
}

/**
 * The label of the code button: 获取验证码, 58 秒后重新获取, 重新获取; a long wait (too many codes from
 * one network, 429 with retryAfterSeconds) in minutes: 40 分钟后重新获取.
 */
export function codeButtonLabel(left: number, sentBefore: boolean): string {
  if (left > 120) return `${Math.ceil(left / 60)} 分钟后重新获取`
  if (left > 0) return `${left} 秒后重新获取`
  return sentBefore ? '重新获取' : '获取验证码'
}

export type ApplicantKind = 'PERSON' | 'ORGANIZATION'

export interface ApplicantInput {
  kind: ApplicantKind
  name: string
  idNumber: string
  creditCode: string
  legalRepresentative: string
}

export function idNumberProblem(value: string, what = '身份证号'): string | null {
  const id = value.trim().toUpperCase()
  if (!id) return `请输入${what}`
  if (!/^\d{17}[\dX]$/.test(id)) return `${what}应为 18 位（最后一位可以是 X）`
  if (!isValidIdNumber(id)) return `${what}有误，请核对（出生日期或校验位不对）`
  return null
}

export function creditCodeProblem(value: string): string | null {
  const code = value.trim().toUpperCase()
  if (!code) return '请输入统一社会信用代码'
  if (code.length !== 18) return `统一社会信用代码应为 18 位，现在是 ${code.length} 位`
  if (!isValidCreditCode(code)) return '统一社会信用代码有误，请核对（不含 I、O、Z、S、V，校验位不对）'
  return null
}

function nameProblem(value: string, what: string, max: number): string | null {
  const name = value.trim()
  if (!name) return `请输入${what}`
  if (name.length > max) return `${what}不超过 ${max} 个字`
  return null
}

/** A person by name and ID number; an organisation by name, credit code and legal representative. */
export function applicantProblems(input: ApplicantInput): Problems<keyof ApplicantInput> {
  const problems: Problems<keyof ApplicantInput> = {}
  if (input.kind === 'PERSON') {
    const name = nameProblem(input.name, '申请人姓名', 30)
    if (name) problems.name = name
    const id = idNumberProblem(input.idNumber)
    if (id) problems.idNumber = id
  } else {
    const name = nameProblem(input.name, '单位名称', 100)
    if (name) problems.name = name
    const code = creditCodeProblem(input.creditCode)
    if (code) problems.creditCode = code
    const rep = nameProblem(input.legalRepresentative, '法定代表人姓名', 30)
    if (rep) problems.legalRepresentative = rep
  }
  return problems
}

/** The applicant as the back end takes it: only the fields of its kind, trimmed, upper-case codes. */
export function applicantRequest(input: ApplicantInput): Record<string, string> {
  return input.kind === 'PERSON'
    ? { kind: 'PERSON', name: input.name.trim(), idNumber: input.idNumber.trim().toUpperCase() }
    : {
        kind: 'ORGANIZATION',
        name: input.name.trim(),
        creditCode: input.creditCode.trim().toUpperCase(),
        legalRepresentative: input.legalRepresentative.trim(),
      }
}

export type DeliveryChoice = 'PICKUP' | 'MAIL'

export interface DeliveryInput {
  method: DeliveryChoice
  recipient: string
  phone: string
  address: string
}

/** Mailing needs a recipient, a mobile number and an address long enough for a courier. */
export function deliveryProblems(input: DeliveryInput): Problems<keyof DeliveryInput> {
  const problems: Problems<keyof DeliveryInput> = {}
  if (input.method !== 'MAIL') return problems
  const recipient = nameProblem(input.recipient, '收件人', 30)
  if (recipient) problems.recipient = recipient
  const phone = phoneProblem(input.phone)
  if (phone) problems.phone = phone.replace('手机号', '收件人手机号')
  const address = input.address.trim()
  if (!address) problems.address = '请输入邮寄地址'
  else if (address.length < 8) problems.address = '请写明省、市、县（区）、街道和门牌号'
  else if (address.length > 200) problems.address = '邮寄地址不超过 200 个字'
  return problems
}

export interface FormFieldLike {
  name: string
  label: string
}

/** The most characters one form field takes. */
export const MAX_FIELD_LENGTH = 500

/** Every field of the form template is to be filled in (the sample shows how). */
export function formProblems(fields: readonly FormFieldLike[], values: Record<string, string>): Problems<string> {
  const problems: Problems<string> = {}
  for (const field of fields) {
    const value = (values[field.name] ?? '').trim()
    if (!value) problems[field.name] = `请填写“${field.label}”（可参照右侧/下方的填写样例）`
    else if (value.length > MAX_FIELD_LENGTH) problems[field.name] = `“${field.label}”不超过 ${MAX_FIELD_LENGTH} 个字`
  }
  return problems
}

export interface MaterialLineLike {
  name: string
  required: boolean
  /** GOVERNMENT: issued by an authority. */
  source: string | null
  licenseType?: string | null
  /** The form template this material is, when it is a form. */
  formTemplate: string | null
}

/**
 * Why a material needs no scan online: a form is filled in online, an e-licence issued by an
 * authority is looked up by the clerk. null when the citizen uploads it.
 */
export function scanExemption(line: MaterialLineLike): string | null {
  if (line.formTemplate) return '已在线填写'
  if (line.source === 'GOVERNMENT') return '窗口调取电子证照'
  return null
}

/** The required materials to be uploaded that have no scan yet, by name. */
export function missingScans<T extends MaterialLineLike>(lines: readonly T[], scans: (line: T) => number): string[] {
  return lines.filter((l) => l.required && !scanExemption(l) && scans(l) === 0).map((l) => l.name)
}

/** The largest scan a citizen may upload (the server checks it too). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png']

/** A file chosen for upload: PDF, JPEG or PNG, not empty, at most 10 MB (the server checks the content). */
export function scanProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.size === 0) return `“${file.name}”是空文件`
  if (file.size > MAX_SCAN_BYTES) return `“${file.name}”超过 10 MB，请压缩或分页拍照后再上传`
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name)
  if (!SCAN_TYPES.includes(file.type) && !byName) return `“${file.name}”不是 PDF、JPG 或 PNG 文件`
  return null
}

/**
 * Who applies for a situation by default: a person for a person's matter and for founding a new
 * enterprise (it has no credit code yet), the organisation otherwise. The citizen may switch.
 */
export function defaultApplicantKind(applicantType: string, action: string): ApplicantKind {
  if (applicantType === 'PERSON' || applicantType === 'INDIVIDUAL_BUSINESS') return 'PERSON'
  return action === 'NEW' ? 'PERSON' : 'ORGANIZATION'
}

/** Fields whose answers run long get a text area. */
export function isLongField(label: string): boolean {
  return /地址|住所|范围|说明|理由|情况|描述|原因|备注/.test(label)
}

export const WIZARD_STEPS = ['办理事项', '办理地点', '申请人', '填写表格', '上传材料', '领取方式', '确认提交'] as const

/** Where a citizen who owes something next goes: the status as a short sentence. */
export function statusHint(status: string): string {
  switch (status) {
    case 'PRE_REVIEW':
      return '工作人员正在网上预审，请留意短信通知。'
    case 'PENDING_SUPPLEMENT':
      return '材料需要补正：请按一次性告知补传材料后重新提交。'
    case 'IN_APPROVAL':
      return '已受理，正在审批。'
    case 'APPROVAL_SUPPLEMENT':
      return '审批部门要求补正材料，请按短信通知办理。'
    case 'CONCLUDED':
      return '已办结，请按选择的方式领取结果。'
    case 'DELIVERED':
      return '结果已送达，办件完成。'
    case 'NOT_ACCEPTED':
      return '不予受理，请查看原因。'
    case 'TERMINATED':
      return '办件已终止。'
    default:
      return ''
  }
}

/** The look of a status badge. */
export function statusTone(status: string): '' | 'is-warning' | 'is-done' | 'is-stopped' {
  if (status === 'PENDING_SUPPLEMENT' || status === 'APPROVAL_SUPPLEMENT') return 'is-warning'
  if (status === 'CONCLUDED' || status === 'DELIVERED') return 'is-done'
  if (status === 'NOT_ACCEPTED' || status === 'TERMINATED') return 'is-stopped'
  return ''
}
