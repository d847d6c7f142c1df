// 办不成事反映窗口: intake at the window and online, the matter's classification, coordination notes,
// hand-over, reply and closure, and the ledger (台账) with the figures per department.
import { api, type RequestOptions } from './client'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type EscalationClass = 'ON_THE_SPOT' | 'GENERAL' | 'LEGALLY_IMPOSSIBLE' | 'DIFFICULT' | 'COMPLEX'
export type MatterState = 'REGISTERED' | 'IN_PROGRESS' | 'REPLIED' | 'CLOSED'
export type MatterLight = 'GREEN' | 'YELLOW' | 'RED' | 'NONE'
export type Satisfaction = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED'
export type ReplyChannel = 'IN_PERSON' | 'PHONE' | 'SMS' | 'WRITTEN'

export const CLASS_LABELS: Record<EscalationClass, string> = {
  ON_THE_SPOT: '当场解决',
  GENERAL: '一般事项',
  LEGALLY_IMPOSSIBLE: '法律法规不允许',
  DIFFICULT: '疑难事项',
  COMPLEX: '复杂事项',
}
export const STATE_LABELS: Record<MatterState, string> = {
  REGISTERED: '已登记',
  IN_PROGRESS: '办理中',
  REPLIED: '已答复',
  CLOSED: '已办结',
}
export const LIGHT_LABELS: Record<MatterLight, string> = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯', NONE: '—' }
export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
}
export const REPLY_CHANNEL_LABELS: Record<ReplyChannel, string> = {
  IN_PERSON: '当面',
  PHONE: '电话',
  SMS: '短信',
  WRITTEN: '书面',
}

export interface EscalationIntake {
  name: string
  phone: string
  idNumber?: string
  summary: string
  details?: string
  itemCode?: string
  departmentId?: number | null
  refusal?: string
  refusedBy?: string
  ticketId?: number | null
  classification?: EscalationClass | null
}

export interface EscalationClassRow {
  classification: EscalationClass
  span: number
  unit: 'SAME_DAY' | 'WORKING_DAYS' | 'MONTHS'
}

export interface MatterRow {
  id: number
  number: string
  siteId: number
  siteName: string
  channel: 'WINDOW' | 'ONLINE'
  registeredOn: string
  citizenName: string
  citizenPhone: string
  summary: string
  departmentId: number | null
  departmentName: string | null
  ownerName: string | null
  classification: EscalationClass
  dueOn: string
  state: MatterState
  light: MatterLight
  satisfaction: Satisfaction | null
  onTime: boolean | null
  version: number
}

export interface MatterNote {
  departmentId: number | null
  departmentName: string | null
  note: string
  staffName: string
  notedAt: string
}

export interface OwnerChange {
  fromName: string | null
  toName: string
  reason: string | null
  changedByName: string
  changedAt: string
}

export interface Matter {
  id: number
  number: string
  siteId: number
  siteName: string
  channel: 'WINDOW' | 'ONLINE'
  registeredOn: string
  registeredAt: string
  registeredByName: string | null
  ticketId: number | null
  ticketNumber: string | null
  citizenName: string
  citizenPhone: string
  citizenIdNumber: string | null
  summary: string
  details: string | null
  itemCode: string | null
  departmentId: number | null
  departmentName: string | null
  refusal: string | null
  refusedBy: string | null
  ownerStaffId: number | null
  ownerName: string | null
  classification: EscalationClass
  dueOn: string
  explanation: string | null
  state: MatterState
  light: MatterLight
  replyText: string | null
  replyChannel: ReplyChannel | null
  repliedAt: string | null
  repliedByName: string | null
  satisfaction: Satisfaction | null
  solved: boolean | null
  closedAt: string | null
  closedByName: string | null
  onTime: boolean | null
  notes: MatterNote[]
  ownerChanges: OwnerChange[]
  version: number
}

export interface DepartmentFigures {
  departmentId: number | null
  departmentName: string | null
  registered: number
  closed: number
  closedOnTime: number
  satisfied: number
  closedRate: number | null
  onTimeRate: number | null
  satisfactionRate: number | null
}

export interface EscalationLedger {
  from: string
  to: string
  matters: MatterRow[]
  departments: DepartmentFigures[]
  total: DepartmentFigures
}

export interface MatterFilter {
  from?: string
  to?: string
  departmentId?: number | null
  state?: MatterState | null
  classification?: EscalationClass | null
  light?: MatterLight | null
}

export interface EscalationReceipt {
  number: string
  dueOn: string
}

const base = '/api/escalation'

const query = (f: MatterFilter) => ({
  from: f.from,
  to: f.to,
  departmentId: f.departmentId ?? undefined,
  state: f.state ?? undefined,
  classification: f.classification ?? undefined,
  light: f.light ?? undefined,
})

export const listEscalationClasses = (opts?: Opts) => api.get<EscalationClassRow[]>(`${base}/classes`, opts)
export const registerMatter = (body: EscalationIntake) => api.post<Matter>(`${base}/matters`, body)
export const listMatters = (f: MatterFilter, opts?: Opts) => api.get<MatterRow[]>(`${base}/matters`, { ...opts, query: query(f) })
export const getMatter = (id: number, opts?: Opts) => api.get<Matter>(`${base}/matters/${id}`, opts)
export const classifyMatter = (id: number, body: { classification: EscalationClass; explanation?: string; version: number }) =>
  api.put<Matter>(`${base}/matters/${id}/classification`, body)
export const addMatterNote = (id: number, body: { departmentId?: number | null; note: string; version: number }) =>
  api.post<Matter>(`${base}/matters/${id}/notes`, body)
export const changeMatterOwner = (id: number, body: { staffId?: number | null; reason?: string; version: number }) =>
  api.post<Matter>(`${base}/matters/${id}/owner`, body)
export const replyMatter = (id: number, body: { text: string; channel: ReplyChannel; version: number }) =>
  api.post<Matter>(`${base}/matters/${id}/reply`, body)
export const closeMatter = (id: number, body: { satisfaction: Satisfaction; solved: boolean; version: number }) =>
  api.post<Matter>(`${base}/matters/${id}/closure`, body)
export const getEscalationLedger = (f: MatterFilter, opts?: Opts) =>
  api.get<EscalationLedger>(`${base}/ledger`, { ...opts, query: query(f) })
export const reportMatterOnline = (siteId: number, body: EscalationIntake, opts?: Opts) =>
  api.post<EscalationReceipt>(`${base}/public/sites/${siteId}/matters`, body, opts)

/** A rate 0..1 as a percentage with one decimal, or "—". */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}

export interface EscalationProgress {
  number: string
  state: MatterState
  dueOn: string
  replyText: string | null
  repliedAt: string | null
  closed: boolean
}

export const getMatterProgress = (siteId: number, number: string, phoneTail: string, opts?: Opts) =>
  api.get<EscalationProgress>(`${base}/public/sites/${siteId}/matters/${encodeURIComponent(number)}`, {
    ...opts,
    query: { phoneTail },
  })
