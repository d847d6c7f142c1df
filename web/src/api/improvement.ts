// 金点子与问题台账 (improvement): suggestion campaigns, the public form, review, and the issue ledger.
// The contract is docs/improvement.md; the JSON types of this module are kept here.
import { api, type RequestOptions } from './client'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type TargetGroup = 'CITIZEN' | 'STAFF' | 'DEPUTY' | 'ENTERPRISE'
export type Theme = 'SERVICE_QUALITY' | 'SERVICE_ATTITUDE' | 'CONVENIENCE' | 'LAYOUT' | 'COUNTERS' | 'OTHER'
export type SuggestionStatus = 'NEW' | 'ADOPTED' | 'NOTED' | 'REJECTED'
export type DeadlineClass = 'CONTACT' | 'GENERAL' | 'DIFFICULT'
export type IssueSource = 'RECTIFICATION' | 'ESCALATION' | 'SUGGESTION' | 'MANUAL'
export type IssueStatus = 'OPEN' | 'RECTIFYING' | 'CLOSED'
export type Light = 'GREEN' | 'YELLOW' | 'RED' | 'NONE'

export interface Labelled<T extends string = string> {
  code: T
  label: string
}

export interface ThemeScore {
  theme: Theme
  average: number
  answers: number
}

export interface Campaign {
  id: number
  code: string
  siteId: number
  siteName: string
  name: string
  startsOn: string
  endsOn: string
  open: boolean
  targetGroups: Labelled<TargetGroup>[]
  themes: Labelled<Theme>[]
  questionnaireThemes: Labelled<Theme>[]
  /** Suggestions per status (in the list and the detail; empty on the public form). */
  suggestions: Partial<Record<SuggestionStatus, number>>
  scores: ThemeScore[]
  formPath: string
  version: number
}

export interface CampaignRequest {
  siteId: number
  name: string
  startsOn: string
  endsOn: string
  targetGroups: TargetGroup[]
  themes: Theme[]
  questionnaireThemes: Theme[]
  version?: number
}

export interface SuggestionRequest {
  targetGroup: TargetGroup
  theme: Theme
  content: string
  name?: string
  phone?: string
  answers: Partial<Record<Theme, number>>
}

export interface SuggestionReceipt {
  id: number
  anonymous: boolean
  message: string
}

export interface SuggestionItem {
  id: number
  campaignId: number
  targetGroup: TargetGroup
  targetGroupLabel: string
  theme: Theme
  themeLabel: string
  /** As typed: render as text. */
  content: string
  anonymous: boolean
  /** Masked, or 匿名. */
  author: string
  /** Masked. */
  phone: string | null
  submittedAt: string
  status: SuggestionStatus
  statusLabel: string
  reply: string | null
  issueId: number | null
  answers: { theme: Theme; themeLabel: string; score: number }[]
  version: number
}

export interface ReviewRequest {
  decision: Exclude<SuggestionStatus, 'NEW'>
  reply: string
  departmentId?: number | null
  deadlineClass?: DeadlineClass | null
  version: number
}

export interface Issue {
  id: number
  siteId: number
  siteName: string
  source: IssueSource
  sourceLabel: string
  sourceId: number | null
  departmentId: number | null
  departmentName: string
  title: string
  detail: string | null
  deadlineClass: DeadlineClass | null
  deadlineClassLabel: string
  openedOn: string
  dueOn: string
  status: IssueStatus
  statusLabel: string
  light: Light
  lightLabel: string
  evidence: string | null
  hasEvidenceFile: boolean
  outcome: string | null
  outcomeLabel: string | null
  closedOn: string | null
  closedOnTime: boolean | null
  /** False for 差评整改 and 办不成事 entries (their source closes them) and for closed ones. */
  closableHere: boolean
  version: number
}

export interface IssueQuery {
  siteId?: number | null
  status?: IssueStatus | null
  source?: IssueSource | null
  departmentId?: number | null
  overdue?: boolean
  light?: Light | null
}

export interface IssueFigures {
  departmentId: number | null
  departmentName: string
  open: number
  overdue: number
  closed: number
  closedOnTime: number
}

export interface ManualIssueRequest {
  siteId: number
  departmentId: number | null
  title: string
  detail: string
  deadlineClass: DeadlineClass
}

// --- public form ---
export const getPublicCampaign = (code: string, opts?: Opts) =>
  api.get<Campaign>(`/api/public/suggest/${encodeURIComponent(code)}`, opts)
export const submitSuggestion = (code: string, body: SuggestionRequest, opts?: Opts) =>
  api.post<SuggestionReceipt>(`/api/public/suggest/${encodeURIComponent(code)}`, body, opts)
export const campaignQrUrl = (code: string) => `/api/public/suggest/${encodeURIComponent(code)}/qr.png`

// --- campaigns ---
export const listCampaigns = (opts?: Opts) => api.get<Campaign[]>('/api/improvement/campaigns', opts)
export const getCampaign = (id: number, opts?: Opts) => api.get<Campaign>(`/api/improvement/campaigns/${id}`, opts)
export const createCampaign = (body: CampaignRequest, opts?: Opts) =>
  api.post<Campaign>('/api/improvement/campaigns', body, opts)
export const updateCampaign = (id: number, body: CampaignRequest, opts?: Opts) =>
  api.put<Campaign>(`/api/improvement/campaigns/${id}`, body, opts)
export const listSuggestions = (campaignId: number, status: SuggestionStatus | null, opts?: Opts) =>
  api.get<SuggestionItem[]>(
    `/api/improvement/campaigns/${campaignId}/suggestions${status ? `?status=${status}` : ''}`,
    opts,
  )
export const reviewSuggestion = (id: number, body: ReviewRequest, opts?: Opts) =>
  api.post<SuggestionItem>(`/api/improvement/suggestions/${id}/review`, body, opts)

// --- the issue ledger ---
export function issueQueryString(q: IssueQuery): string {
  const params = new URLSearchParams()
  if (q.siteId) params.set('siteId', String(q.siteId))
  if (q.status) params.set('status', q.status)
  if (q.source) params.set('source', q.source)
  if (q.departmentId) params.set('departmentId', String(q.departmentId))
  if (q.overdue) params.set('overdue', 'true')
  if (q.light) params.set('light', q.light)
  const s = params.toString()
  return s ? `?${s}` : ''
}

export const listIssues = (q: IssueQuery, opts?: Opts) =>
  api.get<Issue[]>(`/api/improvement/issues${issueQueryString(q)}`, opts)
export const issueFigures = (siteId: number | null, opts?: Opts) =>
  api.get<IssueFigures[]>(`/api/improvement/issues/figures${siteId ? `?siteId=${siteId}` : ''}`, opts)
export const createIssue = (body: ManualIssueRequest, opts?: Opts) =>
  api.post<Issue>('/api/improvement/issues', body, opts)
export function recordEvidence(id: number, evidence: string, version: number, file: File | null, opts?: Opts) {
  const data = new FormData()
  data.set('evidence', evidence)
  data.set('version', String(version))
  if (file) data.set('file', file)
  return api.upload<Issue>(`/api/improvement/issues/${id}/evidence`, data, opts)
}
export const closeIssue = (id: number, version: number, opts?: Opts) =>
  api.post<Issue>(`/api/improvement/issues/${id}/closure`, { version }, opts)
export const evidenceFileUrl = (id: number) => `/api/improvement/issues/${id}/evidence-file`
