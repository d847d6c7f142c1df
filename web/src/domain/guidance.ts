// 导办: the words of the guide desk and the kiosk, and the rules they share — which answer is
// what, how a bundle's materials are merged into one checklist, and the question-by-question
// narrowing (问卷式引导) from an item to the one situation that fits.

import type {
  ApplicantType,
  Bundle,
  GuidanceResult,
  GuidanceType,
  MaterialForm,
  MaterialRequirement,
  Situation,
  SituationAction,
} from '@/api/types'
import { ACTION_LABELS } from './catalog'

export const GUIDANCE_TYPE_LABELS: Record<GuidanceType, string> = {
  SITUATION: '情形',
  ITEM: '事项',
  BUNDLE: '一件事',
  SERVICE: '大厅服务',
}

/** Where an answer can be done, in one line for its card ("本站可办", "本大厅可办", "请到 … 办理"). */
export function whereLine(result: Pick<GuidanceResult, 'acceptableHere' | 'nearestSite'>, here: string | null): string {
  if (result.acceptableHere) return `${here ?? '本站'}可办`
  if (result.nearestSite) return `请到 ${result.nearestSite.name} 办理`
  return '本站不能受理，请咨询导办台'
}

/**
 * The short name of a bundle for a quick button: "开饭店（餐馆）一件事" → "开饭店",
 * "身后一件事" → "身后事", "退休一件事" → "退休".
 */
export function bundleShortName(name: string): string {
  const short = name
    .replace(/一件事$/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .trim()
  if (!short) return name
  // "二手房转移登记及水电气过户" → "二手房转移登记": a button says the first thing.
  if (short.length > 8 && short.includes('及')) return short.slice(0, short.indexOf('及'))
  // "身后" alone is not what people say; "身后事" is.
  return short.endsWith('后') ? `${short}事` : short
}

/** "a、b还是c" */
export function orJoin(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join('、')}还是${words[words.length - 1]}`
}

// --- one checklist for a bundle ------------------------------------------------------------------

/** A material of a bundle, asked once however many members need it. */
export interface MergedMaterial {
  material: MaterialRequirement
  /** Codes of the members that ask for it. */
  usedBy: string[]
}

/** A member of a bundle with the materials first asked by it. */
export interface MemberChecklist {
  situation: Situation
  group: number
  /** Materials this member is the first to ask for. */
  materials: MergedMaterial[]
  /** Names of the materials it needs that an earlier member already lists. */
  alreadyListed: string[]
}

/** Material names as people write them: spaces and half-width brackets do not make another document. */
export function materialKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
}

function mergedForm(a: MaterialForm, b: MaterialForm): MaterialForm {
  if (a === b) return a
  if (a === 'ELECTRONIC') return b
  if (b === 'ELECTRONIC') return a
  return 'ORIGINAL_AND_COPY'
}

function mergeMaterial(a: MaterialRequirement, b: MaterialRequirement): MaterialRequirement {
  const required = a.required || b.required
  return {
    ...a,
    form: mergedForm(a.form, b.form),
    copies: Math.max(a.copies || 1, b.copies || 1),
    required,
    condition: required ? null : (a.condition ?? b.condition),
    licenseType: a.licenseType ?? b.licenseType,
    key: a.key || b.key,
    // A pledge can stand in only where every member accepts it.
    pledgeAllowed: a.pledgeAllowed && b.pledgeAllowed,
    checkNotes: a.checkNotes ?? b.checkNotes,
  }
}

/**
 * The bundle's members in the order of their groups, each with the materials it is the first to
 * ask for (a material asked by several members is listed once, under the first, with the strictest
 * form and the most copies) and the names of those an earlier member already lists.
 */
export function bundleChecklist(bundle: Pick<Bundle, 'members'>, members: readonly Situation[]): MemberChecklist[] {
  const byCode = new Map(members.map((s) => [s.code, s]))
  const ordered = bundle.members
    .map((m, i) => ({ ...m, i }))
    .sort((a, b) => a.group - b.group || a.i - b.i)
  const seen = new Map<string, MergedMaterial>()
  const result: MemberChecklist[] = []
  for (const member of ordered) {
    const situation = byCode.get(member.situation)
    if (!situation) continue
    const entry: MemberChecklist = { situation, group: member.group, materials: [], alreadyListed: [] }
    for (const material of situation.materials) {
      const key = materialKey(material.name)
      const known = seen.get(key)
      if (known) {
        known.material = mergeMaterial(known.material, material)
        if (!known.usedBy.includes(situation.code)) known.usedBy.push(situation.code)
        if (!entry.alreadyListed.includes(known.material.name) && !entry.materials.includes(known)) {
          entry.alreadyListed.push(known.material.name)
        }
        continue
      }
      const merged: MergedMaterial = { material: { ...material }, usedBy: [situation.code] }
      seen.set(key, merged)
      entry.materials.push(merged)
    }
    result.push(entry)
  }
  return result
}

/** How many different materials a bundle asks for, and how many it would be without merging. */
export function bundleMaterialCounts(checklist: readonly MemberChecklist[]): { merged: number; total: number } {
  const merged = checklist.reduce((n, m) => n + m.materials.length, 0)
  const total = checklist.reduce((n, m) => n + m.situation.materials.length, 0)
  return { merged, total }
}

// --- narrowing an item down to one situation -------------------------------------------------------

export type QuestionKey = 'applicant' | 'action' | 'detail' | 'pick'

export interface QuestionOption {
  /** Stable value for the option (applicant type, action, detail text or situation code). */
  value: string
  label: string
  /** What the option covers when it is more than one situation. */
  hint: string | null
  /** The situations that remain when it is chosen. */
  codes: string[]
}

export interface Question {
  key: QuestionKey
  text: string
  options: QuestionOption[]
}

export interface Answer {
  key: QuestionKey
  question: string
  value: string
  label: string
  codes: string[]
}

/** Applicant types as the question says them. */
export const APPLICANT_ASK_LABELS: Record<ApplicantType, string> = {
  ENTERPRISE: '企业',
  INDIVIDUAL_BUSINESS: '个体工商户',
  PERSON: '个人',
  ORGANIZATION: '机关事业单位或社会组织',
}

/** At most this many situations are offered at once as "具体是哪种情况？". */
export const DIRECT_CHOICE_LIMIT = 6

function head(detail: string | null): string | null {
  if (!detail) return null
  const dash = detail.indexOf('-')
  return (dash < 0 ? detail : detail.slice(0, dash)).trim() || null
}

/** "变更-名称/法定代表人" → "变更：名称/法定代表人"; a second dash becomes a comma. */
export function prettyDetail(detail: string): string {
  const dash = detail.indexOf('-')
  if (dash < 0) return detail
  return `${detail.slice(0, dash)}：${detail.slice(dash + 1).replace(/-/g, '，')}`
}

/**
 * What tells a situation apart within the candidates: its action detail (or the action's name),
 * without the action's own word when every candidate does the same action
 * ("变更-法定代表人" → "法定代表人" when all are 变更).
 */
export function detailLabel(s: Situation, sameAction: boolean): string {
  const detail = s.actionDetail?.trim()
  if (!detail) return ACTION_LABELS[s.action] ?? s.action
  if (sameAction) {
    const dash = detail.indexOf('-')
    if (dash >= 0 && dash < detail.length - 1) return detail.slice(dash + 1).replace(/-/g, '，')
  }
  return prettyDetail(detail)
}

/** The situation's name without its item's: "公司设立登记-有限责任公司" → "有限责任公司". */
export function nameLabel(s: Situation, itemName: string): string {
  const tail = (itemName ? s.name.replace(itemName, '') : s.name)
    .replace(/[（(]/g, ' ')
    .replace(/[）)]/g, ' ')
    .replace(/-/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .join(' · ')
  return tail || s.name
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

function groupBy(candidates: readonly Situation[], key: (s: Situation) => string): Map<string, Situation[]> {
  const groups = new Map<string, Situation[]>()
  for (const s of candidates) {
    const k = key(s)
    const list = groups.get(k) ?? []
    list.push(s)
    groups.set(k, list)
  }
  return groups
}

/** The word for an action among the candidates: its detail's head when all agree ("补领"), else its name ("补证"). */
function actionWord(action: SituationAction, candidates: readonly Situation[]): string {
  const heads = distinct(candidates.filter((s) => s.action === action).map((s) => head(s.actionDetail)))
  const only = heads.length === 1 ? heads[0] : null
  return only ?? ACTION_LABELS[action] ?? action
}

function hintOf(list: readonly Situation[], label: (s: Situation) => string): string | null {
  if (list.length <= 1) return null
  return distinct(list.map(label)).join('、')
}

function detailQuestion(candidates: readonly Situation[]): Question {
  const actions = distinct(candidates.map((s) => s.action))
  const sameAction = actions.length === 1
  const groups = groupBy(candidates, (s) => detailLabel(s, sameAction))
  const labels = [...groups.keys()]
  let text = '具体是哪种情况？'
  if (sameAction && actions[0] === 'CHANGE') text = '变更什么？'
  else if (sameAction && actions[0] === 'NEW') text = `${actionWord('NEW', candidates)}哪一类？`
  else if (labels.length <= 3 && labels.every((l) => l.length <= 6)) text = `是${orJoin(labels)}？`
  return {
    key: 'detail',
    text,
    options: [...groups.entries()].map(([label, list]) => ({
      value: label,
      label,
      hint: null,
      codes: list.map((s) => s.code),
    })),
  }
}

/**
 * The next question to ask about the remaining situations of an item, or null when at most one
 * remains. A handful of situations that their action details already tell apart are offered at
 * once; otherwise the applicant type is asked first, then the action (新办、变更、延续、注销、补证 …),
 * then the action detail ("变更什么？"), and last the situation's name.
 */
export function nextQuestion(candidates: readonly Situation[], itemName = ''): Question | null {
  if (candidates.length <= 1) return null
  const sameAction = distinct(candidates.map((s) => s.action)).length === 1
  const details = candidates.map((s) => detailLabel(s, sameAction))
  if (candidates.length <= DIRECT_CHOICE_LIMIT && distinct(details).length === candidates.length) {
    return detailQuestion(candidates)
  }

  const applicants = distinct(candidates.map((s) => s.applicantType))
  if (applicants.length > 1) {
    const groups = groupBy(candidates, (s) => s.applicantType)
    const labels = applicants.map((a) => APPLICANT_ASK_LABELS[a] ?? a)
    return {
      key: 'applicant',
      text: `是${orJoin(labels)}？`,
      options: applicants.map((a) => {
        const list = groups.get(a)!
        return { value: a, label: APPLICANT_ASK_LABELS[a] ?? a, hint: null, codes: list.map((s) => s.code) }
      }),
    }
  }

  const actions = distinct(candidates.map((s) => s.action))
  if (actions.length > 1) {
    const groups = groupBy(candidates, (s) => s.action)
    const words = actions.map((a) => actionWord(a, candidates))
    return {
      key: 'action',
      text: `是${orJoin(words)}？`,
      options: actions.map((a, i) => {
        const list = groups.get(a)!
        return {
          value: a,
          label: words[i]!,
          hint: hintOf(list, (s) => detailLabel(s, true)),
          codes: list.map((s) => s.code),
        }
      }),
    }
  }

  if (distinct(details).length > 1) return detailQuestion(candidates)

  return {
    key: 'pick',
    text: '具体是哪一种？',
    options: candidates.map((s) => ({ value: s.code, label: nameLabel(s, itemName), hint: null, codes: [s.code] })),
  }
}

/** The situations that remain after the answers, in the item's order. */
export function narrow(situations: readonly Situation[], answers: readonly Answer[]): Situation[] {
  return situations.filter((s) => answers.every((a) => a.codes.includes(s.code)))
}

/** The answer that choosing an option of a question gives. */
export function answerOf(question: Question, option: QuestionOption): Answer {
  return { key: question.key, question: question.text, value: option.value, label: option.label, codes: [...option.codes] }
}

// --- what the guide or the citizen chose ------------------------------------------------------------

/** A matter chosen on the desk or the kiosk: a guidance answer, or an item or bundle picked from a list. */
export interface GuidancePick {
  type: GuidanceType
  code: string
  name: string
  /** The guidance answer it came from (with where it can be done), null when picked from a list. */
  result: GuidanceResult | null
}

export function pickOf(result: GuidanceResult): GuidancePick {
  return { type: result.type, code: result.code, name: result.name, result }
}
