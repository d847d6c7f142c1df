// Rules and texts of the front desk (前台综合受理): which outcome the checklist allows and why not,
// mirrored from the back end's AcceptancePolicy (the back end stays the judge and answers 422 with
// the same reasons); material choices; status tabs and tags of the case list; the one-time notice's
// lines. Plain TypeScript, unit tested in __tests__/acceptance.test.ts.
import { isApiError } from '@/api/client'
import type {
  ApplicantRequest,
  NoticeFindingRequest,
  CaseAction,
  CaseHandover,
  CaseHandoverFilter,
  CaseMaterial,
  CaseStatus,
  CaseView,
  MaterialStatus,
  SiteLevel,
} from '@/api/types'
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '@/utils/validators'

// --- material lines ----------------------------------------------------------------------------------

/** The choices of a checklist line, in the order of the segmented control, with their short button text. */
export const MATERIAL_CHOICES: { status: MaterialStatus; short: string; label: string }[] = [
  { status: 'PROVIDED_ORIGINAL', short: '原件已核', label: '已收原件' },
  { status: 'PROVIDED_COPY', short: '复印件', label: '已收复印件' },
  { status: 'E_LICENSE', short: '电子证照', label: '电子证照复用' },
  { status: 'PLEDGE', short: '告知承诺', label: '告知承诺' },
  { status: 'MISSING', short: '缺', label: '未提供' },
  { status: 'NOT_APPLICABLE', short: '不适用', label: '不适用' },
]

export const MATERIAL_STATUS_LABELS: Record<MaterialStatus, string> = Object.fromEntries(
  MATERIAL_CHOICES.map((c) => [c.status, c.label]),
) as Record<MaterialStatus, string>

/** Whether a status counts as handed in (MaterialStatus.satisfies()). */
export function satisfies(status: MaterialStatus): boolean {
  return status !== 'MISSING' && status !== 'NOT_APPLICABLE'
}

type Line = Pick<CaseMaterial, 'line' | 'name' | 'required' | 'key'> & { status: { code: MaterialStatus } }

/** Whether the case needs the line: every required line, and a conditional one unless marked not applicable. */
export function needed(line: Line): boolean {
  return line.required || line.status.code !== 'NOT_APPLICABLE'
}

/** Needed and not handed in (nor reused, nor pledged). */
export function isMissing(line: Line): boolean {
  return needed(line) && !satisfies(line.status.code)
}

/**
 * Why a choice is not offered for a line (null when it is): the back end lists the allowed ones per line
 * (`allowedStatuses`); this says why the others are not.
 */
export function choiceUnavailableReason(
  line: Pick<CaseMaterial, 'required' | 'pledgeAllowed' | 'licenseType'>,
  status: MaterialStatus,
): string | null {
  if (status === 'NOT_APPLICABLE' && line.required) return '必需材料不能标为不适用'
  if (status === 'PLEDGE' && !line.pledgeAllowed) return '受理事典未允许以告知承诺替代此材料'
  if (status === 'E_LICENSE' && !line.licenseType) return '此材料不是政府部门核发的证照，没有电子证照'
  return null
}

/** "原件 1份", "复印件 2份". */
export function requirementText(line: Pick<CaseMaterial, 'form' | 'copies'>): string {
  const form = FORM_WORDS[line.form] ?? line.form
  return line.copies > 0 ? `${form} ${line.copies}份` : form
}

const FORM_WORDS: Record<string, string> = {
  ORIGINAL: '原件',
  COPY: '复印件',
  ORIGINAL_AND_COPY: '原件及复印件',
  ELECTRONIC: '电子材料',
}

/** Counts for the checklist's summary line. */
export function checklistSummary(lines: readonly Line[]): { total: number; done: number; missing: number; keyMissing: number } {
  let done = 0
  let missing = 0
  let keyMissing = 0
  let total = 0
  for (const l of lines) {
    if (!needed(l)) continue
    total++
    if (isMissing(l)) {
      missing++
      if (l.key) keyMissing++
    } else {
      done++
    }
  }
  return { total, done, missing, keyMissing }
}

// --- outcomes (AcceptancePolicy) ------------------------------------------------------------------------

export type Outcome = 'instant' | 'accept' | 'deficiency' | 'notice' | 'reject'

export const OUTCOME_LABELS: Record<Outcome, string> = {
  instant: '即办',
  accept: '受理',
  deficiency: '容缺受理',
  notice: '一次性告知',
  reject: '不予受理',
}

/** Whether an outcome may be chosen now, and every reason why not (as the back end words them). */
export interface OutcomeCheck {
  allowed: boolean
  reasons: string[]
}

/** "第3项“营业执照”未提供". */
export function lineMessage(line: Pick<Line, 'line' | 'name'>, reason: string): string {
  return `第${line.line}项“${line.name}”${reason}`
}

function missingMessages(lines: readonly Line[]): string[] {
  return lines.filter(isMissing).map((l) => lineMessage(l, '未提供'))
}

/** 受理: every needed material handed in, reused or pledged. */
export function checkAccept(lines: readonly Line[]): OutcomeCheck {
  const reasons = missingMessages(lines)
  return { allowed: reasons.length === 0, reasons }
}

/** 即办: a 即办件 with every needed material there. */
export function checkInstant(instantSituation: boolean, lines: readonly Line[]): OutcomeCheck {
  const reasons = [...(instantSituation ? [] : ['该事项为承诺件，不能即办']), ...missingMessages(lines)]
  return { allowed: reasons.length === 0, reasons }
}

/**
 * 容缺受理, as far as the checklist decides it: something is missing and no missing line is a key material
 * (要件); the applicant is not on the credit blacklist (when known). The pledge and the deadline are checked
 * in the dialog ({@link deficiencyTermsProblems}).
 */
export function checkDeficiency(lines: readonly Line[], blacklisted = false): OutcomeCheck {
  const reasons: string[] = []
  if (blacklisted) reasons.push('申请人在失信名单中，不适用容缺受理')
  const missing = lines.filter(isMissing)
  if (missing.length === 0) reasons.push('材料已齐全，无需容缺受理')
  for (const l of missing) if (l.key) reasons.push(lineMessage(l, '为要件，不能容缺'))
  return { allowed: reasons.length === 0, reasons }
}

/**
 * The pledge and the supplement deadline of 容缺受理: a pledge is signed; the deadline is after today and not after
 * the latest date the back end allows (`CaseView.deficiencyLatestDate`: the earlier of the promised date and the
 * allowed working days). Dates are YYYY-MM-DD (they compare as text).
 */
export function deficiencyTermsProblems(terms: {
  pledgeText: string
  deadline: string | null
  today: string
  latestDate: string | null
  maxDays: number
}): string[] {
  const problems: string[] = []
  if (!terms.pledgeText.trim()) problems.push('容缺受理须由申请人签署承诺书')
  const d = terms.deadline
  if (!d || d <= terms.today) {
    problems.push('补齐期限须晚于今天')
  } else if (terms.latestDate && d > terms.latestDate) {
    problems.push(`补齐期限不得晚于${terms.latestDate}（不晚于承诺办结日期，且不超过${terms.maxDays}个工作日）`)
  }
  return problems
}

/** The standard pledge of 容缺受理, naming what is owed and by when. */
export function deficiencyPledgeText(applicant: string, owed: readonly string[], deadline: string | null): string {
  const what = owed.map((m) => `“${m}”`).join('、')
  return (
    `本人（单位）${applicant}承诺：所提交的申请材料真实有效；${what}将于${deadline ?? '____年__月__日'}前补交。` +
    '逾期未补齐的，同意终止办理，并承担由此产生的后果。'
  )
}

/**
 * 一次性告知: always possible while the case is at the front desk; the missing lines go on it by themselves, and with
 * nothing missing the clerk must name what is wrong (the back end refuses an empty notice).
 */
export function checkNotice(lines: readonly Line[]): OutcomeCheck {
  return lines.some(isMissing)
    ? { allowed: true, reasons: [] }
    : { allowed: true, reasons: ['材料已齐全：须逐项写明有误的材料才能告知'] }
}

/** What the case screen's outcome buttons show: per outcome, allowed or not with the reasons. */
export function outcomeChecks(c: Pick<CaseView, 'instant' | 'materials' | 'actions'>, blacklisted = false): Record<Outcome, OutcomeCheck> {
  const offered = (action: CaseAction): string[] =>
    c.actions.includes(action) ? [] : [action === 'instant' && !c.instant ? '该事项为承诺件，不能即办' : '办件当前状态不能这样办理']
  const combine = (action: CaseAction, check: OutcomeCheck): OutcomeCheck => {
    const notOffered = offered(action)
    if (notOffered.length > 0) {
      const rest = check.reasons.filter((r) => !notOffered.includes(r))
      return { allowed: false, reasons: [...notOffered, ...rest] }
    }
    return check
  }
  return {
    instant: combine('instant', checkInstant(c.instant, c.materials)),
    accept: combine('accept', checkAccept(c.materials)),
    deficiency: combine('accept', checkDeficiency(c.materials, blacklisted)),
    notice: combine('notice', checkNotice(c.materials)),
    reject: combine('reject', { allowed: true, reasons: [] }),
  }
}

// --- the one-time notice's lines -----------------------------------------------------------------------

export interface NoticeDraftItem {
  line: number | null
  material: string
  needed: string
  why: string
}

/**
 * What the applicant must bring for a line, as the back end writes it on the notice (FrontDeskOutcomes.needed):
 * form and copies, what the handbook checks, the alternatives.
 */
export function noticeNeeded(l: Pick<CaseMaterial, 'form' | 'copies' | 'checkNotes' | 'pledgeAllowed' | 'licenseType'>): string {
  let text = `${l.form} ${l.copies} 份`
  if (l.checkNotes?.trim()) text += `；${l.checkNotes.trim()}`
  if (l.pledgeAllowed) text += '；可签署告知承诺书替代'
  if (l.licenseType) text += `；已有电子证照“${l.licenseType}”的可直接复用`
  return text
}

/** Why a missing line is needed (FrontDeskOutcomes.why): the clerk's note, the condition, or the handbook. */
export function noticeWhy(l: Pick<CaseMaterial, 'note' | 'required' | 'condition'>): string {
  if (l.note?.trim()) return l.note.trim()
  if (!l.required && l.condition) return `适用情形：${l.condition}`
  return '受理事典规定的必需材料，未提供'
}

/**
 * The one-time notice as it will be printed: every missing line (what is needed and why), a handed-in line the
 * clerk found wrong (its problem as the why), then the things not on the checklist; in line order.
 */
export function noticePreview(lines: readonly CaseMaterial[], findings: readonly NoticeFindingRequest[]): NoticeDraftItem[] {
  const byLine = new Map<number, NoticeDraftItem>()
  for (const l of lines) {
    if (isMissing(l)) byLine.set(l.line, { line: l.line, material: l.name, needed: noticeNeeded(l), why: noticeWhy(l) })
  }
  const extra: NoticeDraftItem[] = []
  for (const f of findings) {
    const l = f.line != null ? lines.find((x) => x.line === f.line) : undefined
    if (l) byLine.set(l.line, { line: l.line, material: l.name, needed: noticeNeeded(l), why: f.problem.trim() })
    else if (f.material?.trim()) extra.push({ line: null, material: f.material.trim(), needed: f.material.trim(), why: f.problem.trim() })
  }
  return [...[...byLine.values()].sort((a, b) => a.line! - b.line!), ...extra]
}

/** Problems of the clerk's findings before sending (the back end answers 400 otherwise). */
export function findingProblems(findings: readonly NoticeFindingRequest[]): string[] {
  const problems: string[] = []
  findings.forEach((f, i) => {
    if (!f.problem.trim()) problems.push(`第 ${i + 1} 条：请写明问题和原因`)
    if (f.line == null && !f.material?.trim()) problems.push(`第 ${i + 1} 条：请写明材料名称`)
  })
  return problems
}

// --- applicant -----------------------------------------------------------------------------------------

/**
 * Problems of the applicant as typed, by field (the back end checks again). An ID number may be left empty when
 * the called ticket carries one (`ticketHasId`).
 */
export function applicantProblems(a: ApplicantRequest, ticketHasId = false): Record<string, string> {
  const p: Record<string, string> = {}
  if (!a.name.trim()) p.name = a.kind === 'PERSON' ? '请填写申请人姓名' : '请填写单位名称'
  if (a.kind === 'PERSON') {
    const id = a.idNumber?.trim() ?? ''
    if (!id && !ticketHasId) p.idNumber = '请核验并填写居民身份证号码'
    else if (id && !isValidIdNumber(id)) p.idNumber = '身份证号码不正确，请核对'
  } else {
    const code = a.creditCode?.trim() ?? ''
    if (!code) p.creditCode = '请填写统一社会信用代码'
    else if (!isValidCreditCode(code)) p.creditCode = '统一社会信用代码不正确，请核对'
    if (!a.legalRepresentative?.trim()) p.legalRepresentative = '请填写法定代表人（负责人）姓名'
    const rep = a.legalRepresentativeIdNumber?.trim() ?? ''
    if (rep && !isValidIdNumber(rep)) p.legalRepresentativeIdNumber = '身份证号码不正确，请核对'
  }
  const phone = a.phone?.trim() ?? ''
  if (phone && !isValidMobile(phone)) p.phone = '请填写 11 位手机号码'
  return p
}

// --- case list ---------------------------------------------------------------------------------------------

export interface StatusTab {
  key: string
  label: string
  status: CaseStatus | null
  /** Only village proxy cases in that hand-over state (`GET /api/cases?handover=`). */
  handover?: CaseHandoverFilter
}

/** The tabs of the case list, in the order of a case's life. */
export const STATUS_TABS: StatusTab[] = [
  { key: 'all', label: '全部', status: null },
  { key: 'DRAFT', label: '受理中', status: 'DRAFT' },
  { key: 'handover', label: '待接收', status: null, handover: 'PENDING' },
  { key: 'PRE_REVIEW', label: '待预审', status: 'PRE_REVIEW' },
  { key: 'PENDING_SUPPLEMENT', label: '待补正', status: 'PENDING_SUPPLEMENT' },
  { key: 'IN_APPROVAL', label: '审批中', status: 'IN_APPROVAL' },
  { key: 'APPROVAL_SUPPLEMENT', label: '审批补正', status: 'APPROVAL_SUPPLEMENT' },
  { key: 'CONCLUDED', label: '已办结', status: 'CONCLUDED' },
  { key: 'DELIVERED', label: '已送达', status: 'DELIVERED' },
  { key: 'NOT_ACCEPTED', label: '不予受理', status: 'NOT_ACCEPTED' },
  { key: 'TERMINATED', label: '已终止', status: 'TERMINATED' },
]

/**
 * The tabs a site's staff see: 待接收 (cases a village station handed over to my site) is for the sites that receive
 * hand-overs, never for a village station itself.
 */
export function caseListTabs(siteLevel: SiteLevel | null | undefined): StatusTab[] {
  return STATUS_TABS.filter((t) => !t.handover || siteLevel !== 'VILLAGE')
}

// --- village proxy (村代办) -----------------------------------------------------------------------------

/** The hand-over of a village proxy case still travelling to the town, if any. */
export function pendingHandover(c: Pick<CaseView, 'handovers'>): CaseHandover | null {
  return c.handovers.find((h) => !h.receivedAt) ?? null
}

export const STATUS_TAG_TYPES: Record<CaseStatus, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  DRAFT: 'primary',
  PRE_REVIEW: 'warning',
  PENDING_SUPPLEMENT: 'warning',
  IN_APPROVAL: 'primary',
  APPROVAL_SUPPLEMENT: 'warning',
  CONCLUDED: 'success',
  DELIVERED: 'success',
  NOT_ACCEPTED: 'danger',
  TERMINATED: 'info',
}

export function statusTagType(status: string): 'primary' | 'success' | 'warning' | 'danger' | 'info' {
  return STATUS_TAG_TYPES[status as CaseStatus] ?? 'info'
}

// --- errors ----------------------------------------------------------------------------------------------

/** A stale version: someone else changed the case (409 `…-changed`). */
export function isCaseChanged(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && (e.code?.endsWith('-changed') ?? false)
}

/**
 * The reasons of a refused decision (422 with `errors`), keyed by checklist line number (0 for the case as a
 * whole): `materials[3]` → 3, `case` → 0.
 */
export function refusalsByLine(e: unknown): Map<number, string[]> {
  const result = new Map<number, string[]>()
  if (!isApiError(e)) return result
  for (const err of e.problem.errors ?? []) {
    const m = /^materials\[(\d+)\]$/.exec(err.field ?? '')
    const key = m ? Number(m[1]) : 0
    result.set(key, [...(result.get(key) ?? []), err.message])
  }
  return result
}

// --- printable documents ---------------------------------------------------------------------------------

export interface CaseDocument {
  /** Route segment and data-test suffix, e.g. acceptance-notice. */
  kind: string
  title: string
  /** The print page. */
  path: string
}

/** The documents a case has now, for its 打印文书 menu. */
export function caseDocuments(
  c: Pick<CaseView, 'id' | 'acceptedAt' | 'status' | 'notices' | 'deficiency' | 'licenseIds'>,
): CaseDocument[] {
  const base = `/print/cases/${c.id}`
  const docs: CaseDocument[] = []
  for (const n of c.notices) {
    const title = n.kind.code === 'ONE_TIME' ? '一次性告知书' : '补正材料通知书'
    docs.push({ kind: `notice-${n.id}`, title: `${title}（第 ${n.seq} 次）`, path: `${base}/notices/${n.id}` })
  }
  if (c.acceptedAt) docs.push({ kind: 'acceptance-notice', title: '受理通知书', path: `${base}/acceptance-notice` })
  if (c.deficiency?.pledge) docs.push({ kind: 'deficiency-pledge', title: '容缺受理承诺书', path: `${base}/deficiency-pledge` })
  if (c.status.code === 'NOT_ACCEPTED') {
    docs.push({ kind: 'not-accepted-decision', title: '不予受理决定书', path: `${base}/not-accepted-decision` })
  }
  if (c.status.code === 'TERMINATED') {
    docs.push({ kind: 'termination-notice', title: '终止办理告知书', path: `${base}/termination-notice` })
  }
  c.licenseIds.forEach((id, i) =>
    docs.push({ kind: `license-${id}`, title: c.licenseIds.length > 1 ? `证照（${i + 1}）` : '证照', path: `/print/license/${id}` }),
  )
  return docs
}

/** 0.1234 → "12.3%". */
export function percentText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}
