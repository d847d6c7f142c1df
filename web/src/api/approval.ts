// 后台审批 (approval): the approver's inbox, one task with its case, the decisions, the pauses of the
// legal clock (特别程序, 补正, 挂起) and the 电子监察 overview. Types live here (not in types.ts) with
// the calls that use them.
import { api, type RequestOptions } from './client'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type Light = 'GREEN' | 'YELLOW' | 'RED'
export type TaskState = 'OPEN' | 'CLAIMED' | 'DONE' | 'RETURNED' | 'CANCELLED'
export type MemberState = 'WAITING' | 'ACTIVE' | 'CONCLUDED' | 'CANCELLED'
export type MemberOutcome = 'APPROVED' | 'REFUSED' | 'SKIPPED'
export type TaskDecision = 'APPROVE' | 'RETURN' | 'REJECT'
export type PauseKind = 'SPECIAL_PROCEDURE' | 'SUPPLEMENT' | 'SUSPENSION'
export type PauseState = 'REQUESTED' | 'ACTIVE' | 'ENDED' | 'CANCELLED'

/** A case's legal clock: the promised limit gives the light. Dates are YYYY-MM-DD. */
export interface ClockView {
  acceptedOn: string
  promisedDays: number
  /** The promised date at acceptance. */
  promisedOn: string
  /** The promised date as pauses moved it. */
  duePromisedOn: string
  legalDays: number
  dueLegalOn: string | null
  daysUsed: number
  daysLeft: number
  daysOver: number
  pausedDays: number
  light: Light
  lightLabel: string
  paused: boolean
  pausedBy: string | null
}

export interface ApprovalTaskRow {
  id: number
  caseId: number
  caseNumber: string
  title: string
  /** Masked for a person. */
  applicant: string
  situationName: string
  departmentName: string
  siteName: string
  stepIndex: number
  /** 1-based among the back-office steps. */
  stepPosition: number
  stepCount: number
  stepName: string
  lastStep: boolean
  state: TaskState
  stateLabel: string
  assigneeId: number | null
  assigneeName: string | null
  mine: boolean
  claimedAt: string | null
  openedAt: string
  stepDueOn: string
  stepOverdue: boolean
  clock: ClockView
  version: number
}

export interface ApprovalCaseView {
  id: number
  caseNumber: string
  title: string
  status: string
  statusLabel: string
  bundleCode: string | null
  applicantKind: string | null
  applicantName: string
  applicantId: string | null
  applicantPhone: string | null
  deliveryMethod: string | null
  acceptedAt: string | null
  promisedDate: string | null
  deficiencyDeadline: string | null
}

export interface ApprovalStepView {
  index: number
  name: string
  departmentCode: string
  days: number
  countsInLimit: boolean
  progress: 'DONE' | 'CURRENT' | 'TODO'
}

export interface ApprovalMemberView {
  id: number
  situationCode: string
  situationName: string
  itemName: string
  groupNo: number
  state: MemberState
  stateLabel: string
  outcome: MemberOutcome | null
  outcomeLabel: string | null
  opinion: string | null
  resultType: string | null
  licenseId: number | null
}

export interface ApprovalHistoryLine {
  taskId: number
  situationName: string
  departmentName: string
  stepName: string
  state: TaskState
  stateLabel: string
  assigneeName: string | null
  openedAt: string
  decidedAt: string | null
  decision: TaskDecision | null
  decisionLabel: string | null
  opinion: string | null
}

export interface ClockPauseView {
  id: number
  kind: PauseKind
  kindLabel: string
  title: string
  procedureName: string | null
  reason: string
  items: string[]
  expectedDays: number | null
  state: PauseState
  stateLabel: string
  startedOn: string | null
  endedOn: string | null
  /** Opened by a step the handbook marks as not counted: ends with the step. */
  byStep: boolean
}

export interface ApprovalTaskDetail {
  task: ApprovalTaskRow
  caseInfo: ApprovalCaseView
  steps: ApprovalStepView[]
  members: ApprovalMemberView[]
  history: ApprovalHistoryLine[]
  pauses: ClockPauseView[]
}

export interface MonitorCounts {
  total: number
  green: number
  yellow: number
  red: number
  paused: number
}

export interface MonitorCaseAlert {
  caseId: number
  caseNumber: string
  title: string
  siteName: string
  light: Light
  lightLabel: string
  limitDays: number
  daysUsed: number
  daysLeft: number
  daysOver: number
  dueOn: string
  paused: boolean
  pausedBy: string | null
  heldBy: string[]
}

export interface MonitorDepartmentLoad {
  departmentId: number
  departmentName: string
  tasks: number
  open: number
  claimed: number
  green: number
  yellow: number
  red: number
  paused: number
  stepsOverdue: number
}

export interface MonitorSuspensionRequest {
  pauseId: number
  caseId: number
  caseNumber: string
  title: string
  reason: string
  requestedBy: string
  requestedAt: string
  /** Asked by the signed-in user: someone else must approve it. */
  own: boolean
}

export interface ApprovalMonitor {
  siteId: number
  siteName: string
  today: string
  counts: MonitorCounts
  alerts: MonitorCaseAlert[]
  departments: MonitorDepartmentLoad[]
  suspensionRequests: MonitorSuspensionRequest[]
}

export interface InboxQuery {
  state?: TaskState | null
  light?: Light | null
  mine?: boolean
}

export interface SupplementRequest {
  version: number
  items: string[]
  reason: string
}

export interface SpecialProcedureRequest {
  procedure: string
  reason: string
  expectedDays: number
}

/** A material of the case as the acceptance module's case detail lists it (only what this screen shows). */
export interface CaseMaterialLine {
  line: number
  name: string
  required: boolean
  status?: { code: string; label: string } | null
  note?: string | null
  /** Still owed under 容缺. */
  owed?: boolean
}

/** The part of GET /api/cases/{id} (acceptance) this screen uses; absent when that API is not there. */
export interface CaseDetailMaterials {
  materials?: CaseMaterialLine[]
}

const tasks = '/api/approval/tasks'
const cases = (caseId: number) => `/api/approval/cases/${caseId}`

export const listApprovalTasks = (query: InboxQuery, opts?: Opts) =>
  api.get<ApprovalTaskRow[]>(tasks, {
    ...opts,
    query: { state: query.state ?? undefined, light: query.light ?? undefined, mine: query.mine ? true : undefined },
  })

export const getApprovalTask = (id: number, opts?: Opts) => api.get<ApprovalTaskDetail>(`${tasks}/${id}`, opts)

// The decisions pass { silent: true } so that the page can tell a 409 (changed by someone else) its own way.
export const claimTask = (id: number, version: number, opts?: Opts) =>
  api.post<ApprovalTaskDetail>(`${tasks}/${id}/claim`, { version }, opts)

export const approveTask = (id: number, version: number, opinion: string, opts?: Opts) =>
  api.post<ApprovalTaskDetail>(`${tasks}/${id}/approve`, { version, opinion }, opts)

export const returnTask = (id: number, version: number, opinion: string, opts?: Opts) =>
  api.post<ApprovalTaskDetail>(`${tasks}/${id}/return`, { version, opinion }, opts)

export const rejectTask = (id: number, version: number, opinion: string, opts?: Opts) =>
  api.post<ApprovalTaskDetail>(`${tasks}/${id}/reject`, { version, opinion }, opts)

export const requestSupplement = (id: number, body: SupplementRequest, opts?: Opts) =>
  api.post<ClockPauseView>(`${tasks}/${id}/request-supplement`, body, opts)

export const listCasePauses = (caseId: number, opts?: Opts) =>
  api.get<ClockPauseView[]>(`${cases(caseId)}/pauses`, opts)

export const startSpecialProcedure = (caseId: number, body: SpecialProcedureRequest, opts?: Opts) =>
  api.post<ClockPauseView>(`${cases(caseId)}/special-procedures`, body, opts)

export const endSpecialProcedure = (caseId: number, pauseId: number, opts?: Opts) =>
  api.post<ClockPauseView>(`${cases(caseId)}/special-procedures/${pauseId}/end`, undefined, opts)

export const requestSuspension = (caseId: number, reason: string, opts?: Opts) =>
  api.post<ClockPauseView>(`${cases(caseId)}/suspensions`, { reason }, opts)

export const approveSuspension = (caseId: number, pauseId: number, opts?: Opts) =>
  api.post<ClockPauseView>(`${cases(caseId)}/suspensions/${pauseId}/approve`, undefined, opts)

export const declineSuspension = (caseId: number, pauseId: number, opts?: Opts) =>
  api.post<ClockPauseView>(`${cases(caseId)}/suspensions/${pauseId}/decline`, undefined, opts)

export const resumeSuspension = (caseId: number, pauseId: number, opts?: Opts) =>
  api.post<ClockPauseView>(`${cases(caseId)}/suspensions/${pauseId}/resume`, undefined, opts)

export const getApprovalMonitor = (siteId: number | null, opts?: Opts) =>
  api.get<ApprovalMonitor>('/api/approval/monitor', { ...opts, query: { siteId: siteId ?? undefined } })

/** The acceptance module's case detail, for the materials list (silent: the drawer works without it). */
export const getCaseMaterials = (caseId: number) =>
  api.get<CaseDetailMaterials>(`/api/cases/${caseId}`, { silent: true })
