// The handbook's words (受理事典): labels of the catalog's codes and the small rules the
// screens share (what to bring, time limits, where it can be done, publish checks).

import type {
  AcceptanceMode,
  ApplicantType,
  ApprovalStep,
  CatalogDiff,
  HandbookVolume,
  ItemSummary,
  ItemTypeCode,
  MaterialForm,
  MaterialRequirement,
  MaterialSource,
  ServiceItem,
  Situation,
  SituationAction,
  SiteLevel,
  StepRole,
  TrustGrade,
} from '@/api/types'

export const ITEM_TYPE_LABELS: Record<ItemTypeCode, string> = {
  '01': '行政许可',
  '04': '行政征收',
  '05': '行政给付',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
}

export const VOLUME_LABELS: Record<HandbookVolume, string> = {
  ENTERPRISE: '企业开办',
  SOCIAL: '社会事务',
  INVESTMENT: '投资项目',
  TOWN: '镇街分中心',
}
export const VOLUMES = Object.keys(VOLUME_LABELS) as HandbookVolume[]

export const MODE_LABELS: Record<AcceptanceMode, string> = { INSTANT: '即办件', PROMISED: '承诺件' }

export const APPLICANT_LABELS: Record<ApplicantType, string> = {
  ENTERPRISE: '企业',
  INDIVIDUAL_BUSINESS: '个体工商户',
  PERSON: '自然人',
  ORGANIZATION: '机关事业单位、社会组织',
}

export const ACTION_LABELS: Record<SituationAction, string> = {
  NEW: '新办',
  CHANGE: '变更',
  RENEW: '延续',
  CANCEL: '注销',
  REISSUE: '补证',
  FILING: '备案',
  APPLY: '申请',
  TRANSFER: '转移',
  QUERY: '查询',
  SUSPEND: '暂停',
  RESUME: '恢复',
  OTHER: '其他',
}

export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  ORIGINAL: '原件',
  COPY: '复印件',
  ORIGINAL_AND_COPY: '原件及复印件',
  ELECTRONIC: '电子材料',
}

export const SOURCE_LABELS: Record<MaterialSource, string> = {
  APPLICANT: '申请人提供',
  GOVERNMENT: '政府部门核发',
}

export const TRUST_GRADE_LABELS: Record<TrustGrade, string> = {
  A: 'A 权威数据源核验',
  B: 'B 核验原件',
  C: 'C 书面审查',
  D: 'D 实地或第三方核实',
}

export const STEP_ROLE_LABELS: Record<StepRole, string> = { ACCEPTOR: '前台受理', APPROVER: '后台审批' }

export const LEVEL_LABELS: Record<SiteLevel, string> = { COUNTY: '县级', TOWN: '镇街', VILLAGE: '村（社区）' }
export const SITE_LEVELS: SiteLevel[] = ['COUNTY', 'TOWN', 'VILLAGE']

/** The levels given, from county down to village, as the catalog stores them. */
export function inLevelOrder(levels: readonly string[]): SiteLevel[] {
  return SITE_LEVELS.filter((l) => levels.includes(l))
}

/** The levels as a reader sees them, e.g. "县级、镇街"; "—" for none. */
export function levelNames(levels: readonly string[]): string {
  return (
    inLevelOrder(levels)
      .map((l) => LEVEL_LABELS[l])
      .join('、') || '—'
  )
}

export function label<K extends string>(labels: Record<K, string>, key: K | null | undefined): string {
  if (key === null || key === undefined) return ''
  return labels[key] ?? String(key)
}

/** A department's name from the given names, or its code when it is not known. */
export function departmentName(code: string, names?: Readonly<Record<string, string>>): string {
  return names?.[code] || code
}

export function isVolume(value: unknown): value is HandbookVolume {
  return typeof value === 'string' && value in VOLUME_LABELS
}

/** The situation code's item: "2010050000-01" → "2010050000". */
export function itemCodeOf(situationCode: string): string {
  const dash = situationCode.indexOf('-')
  return dash < 0 ? situationCode : situationCode.slice(0, dash)
}

// --- texts for citizens ---------------------------------------------------------------------------

/** "即办件（当场办结）" or "承诺件 · 5个工作日". */
export function timeLimitText(mode: AcceptanceMode, promisedDays: number): string {
  if (mode === 'INSTANT') return '即办件（当场办结）'
  return promisedDays > 0 ? `承诺件 · ${promisedDays}个工作日` : '承诺件'
}

export function daysText(days: number): string {
  return days > 0 ? `${days}个工作日` : '当场办结'
}

export function legalDaysText(days: number): string {
  return days > 0 ? `${days}个工作日` : '无法定时限（当场办结）'
}

export function visitsText(visits: number): string {
  return visits <= 0 ? '零跑动（全程网办）' : `最多跑${visits}次`
}

/** Where it can be done: "县级、镇街可办；村（社区）可代办". */
export function whereText(acceptLevels: readonly SiteLevel[], villageCollect: boolean): string {
  const levels = inLevelOrder(acceptLevels).map((l) => LEVEL_LABELS[l])
  const where = levels.length > 0 ? `${levels.join('、')}可办` : '办理地点以窗口公示为准'
  return villageCollect && !acceptLevels.includes('VILLAGE') ? `${where}；村（社区）便民服务站可代收代办` : where
}

/** What to bring, in a citizen's words: "原件 1份", "复印件 2份", "原件和复印件各1份". */
export function bringText(material: Pick<MaterialRequirement, 'form' | 'copies'>): string {
  const copies = Math.max(1, material.copies || 1)
  switch (material.form) {
    case 'ORIGINAL':
      return `原件 ${copies}份`
    case 'COPY':
      return `复印件 ${copies}份`
    case 'ORIGINAL_AND_COPY':
      return `原件（核验后退还）及复印件 ${copies}份`
    case 'ELECTRONIC':
      return '电子材料（网上提交或现场扫描）'
    default:
      return `${copies}份`
  }
}

/** Required materials first, then the conditional ones, each keeping its order. */
export function sortMaterials(materials: readonly MaterialRequirement[]): MaterialRequirement[] {
  return [...materials.filter((m) => m.required), ...materials.filter((m) => !m.required)]
}

/** The total of the step days the legal clock counts. */
export function countedStepDays(steps: readonly ApprovalStep[]): number {
  return steps.filter((s) => s.countsInLimit).reduce((sum, s) => sum + (s.days || 0), 0)
}

// --- publish checks before saving ----------------------------------------------------------------

/**
 * The problems the back end's publish check would report for one situation (not all of them:
 * department existence needs the department list, passed in when known). Saving is allowed;
 * the list is a warning.
 */
export function situationProblems(
  situation: Situation,
  item: Pick<ServiceItem, 'legalDays'> | null,
  departments?: ReadonlySet<string>,
): string[] {
  const problems: string[] = []
  if (situation.materials.length === 0) problems.push('没有申请材料')
  if (situation.steps.length === 0) problems.push('没有办理步骤')
  if (situation.acceptLevels.length === 0) problems.push('没有可受理的站点层级')
  const formCodes = new Set(situation.forms.map((f) => f.code))
  situation.materials.forEach((m, i) => {
    if (!m.name?.trim()) problems.push(`第${i + 1}项材料缺少名称`)
    if (!m.required && !m.condition?.trim()) problems.push(`容缺/条件性材料“${m.name || i + 1}”未写明需要提交的情形`)
    if (m.formTemplate && !formCodes.has(m.formTemplate))
      problems.push(`材料“${m.name}”引用的表格 ${m.formTemplate} 不存在`)
  })
  situation.steps.forEach((s) => {
    if (!s.department?.trim()) problems.push(`步骤“${s.name}”没有指定部门`)
    else if (departments && departments.size > 0 && !departments.has(s.department))
      problems.push(`步骤“${s.name}”的部门 ${s.department} 不存在`)
    if (s.days < 0) problems.push(`步骤“${s.name}”的时限不能为负数`)
  })
  const counted = countedStepDays(situation.steps)
  if (situation.mode === 'INSTANT' && situation.steps.some((s) => s.days > 0)) problems.push('即办件的步骤时限应为0')
  if (situation.mode === 'PROMISED' && counted > situation.promisedDays)
    problems.push(`各步骤计时合计${counted}个工作日，超过承诺时限${situation.promisedDays}个工作日`)
  if (item && item.legalDays > 0 && situation.promisedDays > item.legalDays) problems.push('承诺时限超过法定时限')
  const fieldNames = situation.forms.flatMap((f) => f.fields.map((x) => `${f.code}.${x.name}`))
  if (new Set(fieldNames).size !== fieldNames.length) problems.push('同一表格中有重复的字段名')
  return problems
}

/** The item checks of the back end's publish validation that need no other data. */
export function itemProblems(item: ServiceItem): string[] {
  const problems: string[] = []
  if (!/^\d{10}$/.test(item.code)) problems.push('事项编码应为10位数字（2位类型+5位事项+3位子项）')
  else if (!item.code.startsWith(item.type)) problems.push(`事项编码前两位应为事项类型代码 ${item.type}`)
  if (!item.name?.trim() || !item.legalBasis?.trim()) problems.push('缺少事项名称或设定依据')
  if (item.legalDays < 0 || item.promisedDays < 0) problems.push('时限不能为负数')
  if (item.legalDays > 0 && item.promisedDays > item.legalDays)
    problems.push(`承诺时限（${item.promisedDays}个工作日）超过法定时限（${item.legalDays}个工作日）`)
  return problems
}

/** Problems of the publish check grouped by where they are, in the order they came. */
export function groupProblems(problems: readonly { field: string; message: string }[]): { where: string; messages: string[] }[] {
  const groups = new Map<string, string[]>()
  for (const p of problems) {
    const where = p.field || '其他'
    const list = groups.get(where) ?? []
    list.push(p.message)
    groups.set(where, list)
  }
  return [...groups.entries()].map(([where, messages]) => ({ where, messages }))
}

// --- blank entries for the editors ----------------------------------------------------------------

export function blankItem(): ServiceItem {
  return {
    code: '',
    department: '',
    name: '',
    type: '01',
    volume: 'SOCIAL',
    legalBasis: '',
    legalDays: 20,
    promisedDays: 10,
    mode: 'PROMISED',
    fee: '不收费',
    visits: 1,
    online: true,
    acceptLevels: ['COUNTY'],
    decideLevels: ['COUNTY'],
    villageCollect: false,
    lifeEvents: [],
    keywords: [],
  }
}

export function blankMaterial(): MaterialRequirement {
  return {
    name: '',
    form: 'ORIGINAL',
    copies: 1,
    required: true,
    condition: null,
    source: 'APPLICANT',
    licenseType: null,
    trustGrade: 'C',
    key: false,
    pledgeAllowed: false,
    checkNotes: null,
    formTemplate: null,
  }
}

/** A new situation of an item, inheriting the item's defaults. */
export function blankSituation(item: ServiceItem, code: string): Situation {
  return {
    code,
    itemCode: item.code,
    name: `${item.name}（）`,
    action: 'NEW',
    actionDetail: null,
    applicantType: 'PERSON',
    mode: item.mode,
    promisedDays: item.mode === 'INSTANT' ? 0 : item.promisedDays,
    acceptLevels: [...item.acceptLevels],
    decideLevels: [...item.decideLevels],
    villageCollect: item.villageCollect,
    conditions: [],
    materials: [],
    forms: [],
    steps: [
      {
        name: item.mode === 'INSTANT' ? '当场办结' : '受理',
        role: 'ACCEPTOR',
        department: item.department,
        days: 0,
        countsInLimit: true,
      },
    ],
    guide: null,
    faqs: [],
    aliases: [],
    phrases: [],
  }
}

/** The next free situation code of an item: "<item>-NN". */
export function nextSituationCode(itemCode: string, existing: readonly string[]): string {
  let n = 1
  const used = new Set(existing)
  while (used.has(`${itemCode}-${String(n).padStart(2, '0')}`)) n++
  return `${itemCode}-${String(n).padStart(2, '0')}`
}

/** Empty texts become null, lists are trimmed of blank entries: what the back end stores. */
export function cleanSituation(s: Situation): Situation {
  const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null)
  const list = (v: readonly string[]) => v.map((x) => x.trim()).filter((x) => x.length > 0)
  return {
    ...s,
    name: s.name.trim(),
    actionDetail: text(s.actionDetail),
    promisedDays: s.mode === 'INSTANT' ? 0 : s.promisedDays,
    conditions: list(s.conditions),
    materials: s.materials.map((m) => ({
      ...m,
      name: m.name.trim(),
      condition: m.required ? null : text(m.condition),
      licenseType: m.source === 'GOVERNMENT' ? text(m.licenseType) : null,
      checkNotes: text(m.checkNotes),
      formTemplate: text(m.formTemplate),
    })),
    forms: s.forms.map((f) => ({
      code: f.code.trim(),
      name: f.name.trim(),
      fields: f.fields.map((x) => ({ name: x.name.trim(), label: x.label.trim(), sample: x.sample, hint: x.hint })),
    })),
    steps: s.steps.map((x) => ({ ...x, name: x.name.trim(), days: s.mode === 'INSTANT' ? 0 : x.days })),
    guide: text(s.guide),
    faqs: s.faqs.filter((f) => f.q.trim() || f.a.trim()).map((f) => ({ q: f.q.trim(), a: f.a.trim() })),
    aliases: list(s.aliases),
    phrases: list(s.phrases),
  }
}

// --- browsing the draft ---------------------------------------------------------------------------

export type DraftMark = 'added' | 'changed'

/**
 * The draft's item list built from the newest published list (filtered by the server), the
 * changes of the draft against it, and the draft items added since (fetched in full and filtered
 * here). Removed items disappear; items changed themselves or in their situations are marked.
 */
export function mergeDraftItems(
  published: readonly ItemSummary[],
  diff: (Pick<CatalogDiff, 'items'> & Partial<Pick<CatalogDiff, 'situations'>>) | null,
  added: readonly { item: ServiceItem; situations: number }[],
  filter: { department?: string | null; volume?: string | null; lifeEvent?: string | null; q?: string | null },
): (ItemSummary & { mark?: DraftMark })[] {
  const removed = new Set(diff?.items.removed.map((e) => e.code) ?? [])
  // An item counts as changed when it or any of its situations changed.
  const changed = new Set(diff?.items.changed.map((e) => e.code) ?? [])
  const situations = diff?.situations
  for (const e of [...(situations?.added ?? []), ...(situations?.removed ?? []), ...(situations?.changed ?? [])]) {
    changed.add(itemCodeOf(e.code))
  }
  const rows: (ItemSummary & { mark?: DraftMark })[] = published
    .filter((row) => !removed.has(row.code))
    .map((row) => (changed.has(row.code) ? { ...row, mark: 'changed' as const } : row))
  const q = filter.q?.trim()
  for (const { item, situations } of added) {
    if (filter.department && item.department !== filter.department) continue
    if (filter.volume && item.volume !== filter.volume) continue
    if (filter.lifeEvent && !item.lifeEvents.includes(filter.lifeEvent)) continue
    if (q && !item.name.includes(q) && !item.keywords.some((k) => k.includes(q))) continue
    rows.push({ ...summaryOf(item, situations), mark: 'added' })
  }
  return rows
}

export function summaryOf(item: ServiceItem, situations: number): ItemSummary {
  return {
    code: item.code,
    name: item.name,
    department: item.department,
    type: item.type,
    typeName: label(ITEM_TYPE_LABELS, item.type),
    volume: item.volume,
    volumeName: label(VOLUME_LABELS, item.volume),
    legalDays: item.legalDays,
    promisedDays: item.promisedDays,
    mode: item.mode,
    visits: item.visits,
    online: item.online,
    situations,
  }
}

/** Entries grouped by department in first-seen order (for the handbook's table of contents). */
export function groupByDepartment<T>(entries: readonly T[], department: (entry: T) => string): { department: string; entries: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const entry of entries) {
    const key = department(entry)
    const list = groups.get(key) ?? []
    list.push(entry)
    groups.set(key, list)
  }
  return [...groups.entries()].map(([key, list]) => ({ department: key, entries: list }))
}

export interface Fact {
  key: string
  label: string
  value: string
}

/** The facts of an item a citizen asks about, in display order. */
export function itemFacts(item: ServiceItem, department: string): Fact[] {
  return [
    { key: 'type', label: '事项类型', value: label(ITEM_TYPE_LABELS, item.type) },
    { key: 'department', label: '实施部门', value: department },
    { key: 'mode', label: '办件类型', value: item.mode === 'INSTANT' ? '即办件（材料齐全当场办结）' : '承诺件' },
    { key: 'legalDays', label: '法定办结时限', value: legalDaysText(item.legalDays) },
    {
      key: 'promisedDays',
      label: '承诺办结时限',
      value: item.mode === 'INSTANT' ? '当场办结' : daysText(item.promisedDays),
    },
    { key: 'fee', label: '收费标准', value: item.fee?.trim() || '不收费' },
    { key: 'visits', label: '到现场次数', value: visitsText(item.visits) },
    { key: 'online', label: '网上办理', value: item.online ? '可以网上办理' : '需到窗口办理' },
    { key: 'where', label: '办理地点', value: whereText(item.acceptLevels, item.villageCollect) },
    { key: 'legalBasis', label: '设定依据', value: item.legalBasis || '—' },
  ]
}
