// Shapes of the back end's JSON, named as in the glossary (Site, Counter, Department, …).
// Keep them in step with the OpenAPI document at /v3/api-docs.

export type Role = 'GUIDE' | 'ACCEPTOR' | 'APPROVER' | 'DELIVERY' | 'SITE_ADMIN' | 'SUPERVISOR' | 'SYS_ADMIN'

export interface Me {
  id: number
  username: string
  displayName: string
  roles: Role[]
  siteId: number | null
  siteName: string | null
  /** The level of the user's site (absent in older builds). */
  siteLevel?: SiteLevel | null
  departmentId: number | null
  departmentName: string | null
  counterIds: number[]
}

/** RFC 9457 problem detail, as every error response of the back end carries it. */
export interface ProblemDetail {
  type?: string
  title?: string
  status: number
  detail?: string
  instance?: string
  /** Stable machine-readable code, e.g. `auth.bad-credentials`. */
  code?: string
  errors?: FieldError[]
  /** 429 only: how long to wait (also the Retry-After header), and the rate-limit bucket that refused. */
  retryAfterSeconds?: number
  bucket?: string
}

export interface FieldError {
  field: string
  message: string
}

export interface CsrfToken {
  token: string
  headerName?: string
  parameterName?: string
}

export type SiteLevel = 'COUNTY' | 'TOWN' | 'VILLAGE'

export interface Site {
  id: number
  name: string
  level: SiteLevel
  parentId: number | null
  regionCode: string
  regionName: string
  address: string
  phone: string
  openingHours: string
  active: boolean
}

export interface SiteRequest {
  name: string
  level: SiteLevel
  parentId: number | null
  regionCode: string
  address: string
  phone: string
  openingHours: string
  active: boolean
}

export interface Region {
  code: string
  name: string
  level: string
}

export interface Counter {
  id: number
  siteId: number
  number: number
  name: string
  /** Ticket category codes in order of preference. */
  categories: string[]
  active: boolean
}

export interface CounterRequest {
  number: number
  name: string
  categories: string[]
  active: boolean
}

export interface Department {
  id: number
  code: string
  name: string
  shortName: string
  creditCode: string
  phone: string
  active: boolean
}

export type DepartmentRequest = Omit<Department, 'id'>

export type DayKind = 'HOLIDAY' | 'WORKDAY'

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string
  kind: DayKind
  name: string
}

export interface CalendarYear {
  year: number
  /** Whether the official holiday arrangement for the year has been entered. */
  covered: boolean
  /** Only the exceptions to "Monday–Friday work, weekend rest". */
  days: CalendarDay[]
}

export interface WorkingDaysResult {
  from: string
  days: number
  date: string
}

export interface Staff {
  id: number
  username: string
  displayName: string
  siteId: number | null
  siteName: string | null
  departmentId: number | null
  departmentName: string | null
  roles: Role[]
  counterIds: number[]
  /** Masked by the back end, e.g. 138****0000. */
  phone: string | null
  active: boolean
  locked: boolean
  lockedUntil: string | null
}

export interface StaffRequest {
  username: string
  displayName: string
  siteId: number | null
  departmentId: number | null
  roles: Role[]
  counterIds: number[]
  /** On update: null keeps the stored value. */
  phone: string | null
  /** On update: null keeps the stored value. */
  idNumber: string | null
  active: boolean
}

export interface NewStaffRequest extends StaffRequest {
  password: string
}

export interface AuditEntry {
  id: number
  at: string
  username: string
  siteName: string | null
  method: string
  path: string
  action: string
  target: string
  status: number
}

export interface Page<T> {
  content: T[]
  page: number
  size: number
  total: number
}

// --- 受理事典 (catalog) ------------------------------------------------------------------------
// The JSON of the catalog records: enums as their names, ItemType as its two-digit code.

export type ItemTypeCode = '01' | '04' | '05' | '07' | '08' | '09' | '10' | '20'
export type HandbookVolume = 'ENTERPRISE' | 'SOCIAL' | 'INVESTMENT' | 'TOWN'
export type AcceptanceMode = 'INSTANT' | 'PROMISED'
export type ApplicantType = 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'PERSON' | 'ORGANIZATION'
export type SituationAction =
  | 'NEW'
  | 'CHANGE'
  | 'RENEW'
  | 'CANCEL'
  | 'REISSUE'
  | 'FILING'
  | 'APPLY'
  | 'TRANSFER'
  | 'QUERY'
  | 'SUSPEND'
  | 'RESUME'
  | 'OTHER'
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY' | 'ELECTRONIC'
export type MaterialSource = 'APPLICANT' | 'GOVERNMENT'
export type TrustGrade = 'A' | 'B' | 'C' | 'D'
export type StepRole = 'ACCEPTOR' | 'APPROVER'

/** 政务服务事项 */
export interface ServiceItem {
  /** 10 digits: 2-digit type + 5-digit item + 3-digit sub-item. */
  code: string
  /** The owning department's code (e.g. SCJG). */
  department: string
  name: string
  type: ItemTypeCode
  volume: HandbookVolume
  legalBasis: string
  legalDays: number
  promisedDays: number
  mode: AcceptanceMode
  fee: string
  visits: number
  online: boolean
  acceptLevels: SiteLevel[]
  decideLevels: SiteLevel[]
  villageCollect: boolean
  lifeEvents: string[]
  keywords: string[]
}

/** 申请材料 */
export interface MaterialRequirement {
  name: string
  form: MaterialForm
  copies: number
  required: boolean
  /** When a conditional material (required = false) is needed. */
  condition: string | null
  source: MaterialSource
  /** For government-issued materials: the e-licence type that can be reused instead. */
  licenseType: string | null
  trustGrade: TrustGrade
  /** 要件: never missing in a deficiency acceptance. */
  key: boolean
  /** May be replaced by a signed pledge (告知承诺). */
  pledgeAllowed: boolean
  checkNotes: string | null
  /** Code of the situation's form template when this material is a form. */
  formTemplate: string | null
}

export interface FormField {
  name: string
  label: string
  sample: string
  hint: string
}

/** 制式表格 with its 零基础模板 */
export interface FormTemplate {
  code: string
  name: string
  fields: FormField[]
}

export interface ApprovalStep {
  name: string
  role: StepRole
  department: string
  days: number
  /** false for 特别程序 that the legal clock does not count. */
  countsInLimit: boolean
}

export interface Faq {
  q: string
  a: string
}

/** 办事情形 */
export interface Situation {
  code: string
  itemCode: string
  name: string
  action: SituationAction
  actionDetail: string | null
  applicantType: ApplicantType
  mode: AcceptanceMode
  promisedDays: number
  acceptLevels: SiteLevel[]
  decideLevels: SiteLevel[]
  villageCollect: boolean
  conditions: string[]
  materials: MaterialRequirement[]
  forms: FormTemplate[]
  steps: ApprovalStep[]
  /** 白话版 */
  guide: string | null
  faqs: Faq[]
  aliases: string[]
  phrases: string[]
}

export interface BundleMember {
  situation: string
  /** Members of the same group run in parallel; groups run in order. */
  group: number
}

export interface BundleField {
  name: string
  label: string
  sample: string
  sharedBy: string[]
}

/** 一件事一次办 */
export interface Bundle {
  code: string
  name: string
  lifeEvent: string | null
  phrases: string[]
  members: BundleMember[]
  mergedForm: { name: string; fields: BundleField[] } | null
  guide: string | null
}

/** One row of GET /api/catalog/items. */
export interface ItemSummary {
  code: string
  name: string
  department: string
  type: ItemTypeCode
  typeName: string
  volume: HandbookVolume
  volumeName: string
  legalDays: number
  promisedDays: number
  mode: AcceptanceMode
  visits: number
  online: boolean
  situations: number
}

export interface ItemDetail {
  version: number
  item: ServiceItem
  situations: Situation[]
}

export interface DraftItem {
  item: ServiceItem
  situations: Situation[]
}

export interface SituationDetail {
  version: number
  item: ServiceItem
  situation: Situation
}

export interface BundleDetail {
  version: number
  bundle: Bundle
  members: Situation[]
}

export interface VolumeDetail {
  version: number
  volume: HandbookVolume
  volumeName: string
  items: ItemDetail[]
}

/** A department that owns items, as the public guide lists it. */
export interface CatalogDepartment {
  code: string
  name: string
  shortName: string
  /** Number of items in the version asked for. */
  items: number
}

export interface CatalogSummary {
  version: number
  items: number
  situations: number
  departments: number
  bundles: number
}

export type CatalogVersionStatus = 'DRAFT' | 'PUBLISHED'

export interface CatalogVersion {
  id: number
  /** null for the draft */
  number: number | null
  status: CatalogVersionStatus | string
  createdAt: string
  publishedAt: string | null
  publishedBy: string | null
  note: string | null
}

/** One reason a request was refused: where it applies and what is wrong. */
export type Violation = FieldError

export interface DiffEntry {
  code: string
  name: string
}

export interface DiffChanges {
  added: DiffEntry[]
  removed: DiffEntry[]
  changed: DiffEntry[]
}

export interface CatalogDiff {
  from: number
  to: number
  items: DiffChanges
  situations: DiffChanges
  bundles: DiffChanges
}

// --- 导办 (guidance) ----------------------------------------------------------------------------

/** What a guidance answer points at. */
export type GuidanceType = 'SITUATION' | 'ITEM' | 'BUNDLE' | 'SERVICE'

/** One answer of GET /api/guidance, best first. */
export interface GuidanceResult {
  type: GuidanceType
  /** Situation, item, bundle or hall service code. */
  code: string
  name: string
  itemCode: string | null
  itemName: string | null
  situationName: string | null
  /** For a bundle: the names of its members' items. */
  memberItems: string[]
  /** The department's full name (null for bundles and hall services). */
  department: string | null
  /** Whether the site asked about may accept it (true when no site was given). */
  acceptableHere: boolean
  /** Where it can be done instead, when not here. */
  nearestSite: { id: number; name: string } | null
  /** Why it matched, e.g. "匹配 饭店→餐饮→食品经营；名称含“饭店”". */
  why: string
  /** Relevance from 0 to 1 relative to the best answer. */
  score: number
}

export interface GuidanceResponse {
  query: string
  results: GuidanceResult[]
}

// --- 叫号 (queue) ------------------------------------------------------------------------------

/** A ticket's lane; ELDERLY comes from the ID number, APPOINTMENT from an on-time check-in. */
export type TicketPriority = 'NORMAL' | 'ELDERLY' | 'DISABLED' | 'PREGNANT' | 'MILITARY' | 'APPOINTMENT'
export type TicketState = 'WAITING' | 'CALLED' | 'DONE' | 'VOID' | 'CLOSED'
export type TicketChannel = 'KIOSK' | 'GUIDE_DESK'
export type CounterState = 'CLOSED' | 'OPEN' | 'PAUSED'
export type SlotDayKind = 'WORKDAY' | 'SATURDAY' | 'SUNDAY'
export type AppointmentState = 'BOOKED' | 'CANCELLED' | 'CHECKED_IN' | 'NO_SHOW'

/** One row of GET /api/queue/sites. */
export interface QueueSite {
  id: number
  name: string
  level: SiteLevel
}

/** An active category with its queue, for issuing (GET /api/queue/sites/{id}/categories). */
export interface QueueCategory {
  code: string
  name: string
  departmentCodes: string[]
  waiting: number
  estimatedWaitMinutes: number
}

/** A category as the settings page edits it (all, also the inactive ones). */
export interface QueueCategoryConfig {
  code: string
  name: string
  departmentCodes: string[]
  active: boolean
}

export type QueueCategoryRequest = Omit<QueueCategoryConfig, 'code'>

export interface IssueTicketRequest {
  category?: string
  situationCodes?: string[]
  serviceCode?: string
  phone?: string
  idNumber?: string
  priority?: TicketPriority
  channel: TicketChannel
}

export interface TicketSituation {
  code: string
  name: string
  itemName: string
}

export interface Ticket {
  id: number
  token: string
  number: string
  siteId: number
  siteName: string
  category: string
  categoryName: string
  state: TicketState
  stateLabel: string
  priority: TicketPriority
  priorityLabel: string
  situations: TicketSituation[]
  /** Masked by the back end. */
  phone: string | null
  /** Masked by the back end. */
  idNumber: string | null
  issuedAt: string
  /** Only while waiting. */
  peopleAhead: number | null
  /** Only while waiting. */
  estimatedWaitMinutes: number | null
  /** When called. */
  counterNumber: number | null
  counterName: string | null
  calledAt: string | null
  followPath: string
  /** Something to tell the citizen, e.g. 已超过预约时段，按普通号排队. */
  notice?: string | null
  /** After completion. */
  serviceSeconds?: number | null
}

export interface QueueCall {
  ticketNumber: string
  category: string
  counterNumber: number
  counterName: string
  kind: 'CALL' | 'RECALL'
  at: string
  /** The sentence to speak, e.g. 请A012号到3号窗口办理. */
  announcement: string
}

export interface WaitingCount {
  category: string
  name: string
  count: number
}

export interface Board {
  siteId: number
  siteName: string
  current: QueueCall[]
  recent: QueueCall[]
  waiting: WaitingCount[]
  counters: { number: number; name: string; state: CounterState }[]
}

export interface AppointmentSlot {
  /** YYYY-MM-DD */
  day: string
  /** HH:mm */
  start: string
  end: string
  label: string | null
  capacity: number
  available: number
}

export interface AppointmentRequest {
  siteId: number
  category: string
  day: string
  start: string
  name: string
  idNumber: string
  phone: string
  situationCode?: string
}

export interface Appointment {
  code: string
  siteId: number
  siteName: string
  category: string
  categoryName: string
  day: string
  start: string
  end: string
  label: string | null
  /** name, idNumber and phone are masked. */
  name: string
  idNumber: string
  phone: string
  state: AppointmentState
  stateLabel: string
  ticketNumber?: string | null
}

export interface CheckInRequest {
  code?: string
  idNumber?: string
}

/** One of GET /api/queue/counters/mine. */
export interface MyCounter {
  id: number
  siteId: number
  number: number
  name: string
  categories: string[]
  state: CounterState
}

export interface Workstation {
  counter: { id: number; siteId: number; number: number; name: string; categories: string[] }
  state: CounterState
  staffName: string | null
  current: Ticket | null
  waiting: WaitingCount[]
  servedToday: number
}

export interface TransferRequest {
  category?: string
  counterId?: number
}

export interface FloorCategory {
  code: string
  name: string
  waiting: number
  longestWaitMinutes: number
  alert: boolean
}

export interface FloorCounter {
  id: number
  number: number
  name: string
  categories: string[]
  state: CounterState
  staffName: string | null
  /** The ticket being served, if any (its number; a whole ticket is accepted too). */
  current: string | Pick<Ticket, 'number'> | null
  since: string | null
}

export interface Floor {
  siteId: number
  siteName: string
  alertMinutes: number
  categories: FloorCategory[]
  counters: FloorCounter[]
  servedToday: number
  averageWaitMinutes: number | null
}

export interface QueueSettings {
  elderlyAge: number
  priorityRatio: number
  noShowReturnMinutes: number
  waitAlertMinutes: number
  defaultServiceMinutes: number
  checkInEarlyMinutes: number
  checkInLateMinutes: number
  noShowBanCount: number
  noShowBanDays: number
}

export interface SlotRule {
  id: number
  category: string
  dayKind: SlotDayKind
  /** HH:mm */
  start: string
  end: string
  slotMinutes: number
  capacity: number
  label: string | null
}

export type SlotRuleRequest = Omit<SlotRule, 'id'>

// --- 前台综合受理 (acceptance) ---------------------------------------------------------------------
// The JSON of /api/cases (docs/acceptance.md): enums come as {code, label} with the Chinese label.

export type CaseStatus =
  | 'DRAFT'
  | 'PRE_REVIEW'
  | 'PENDING_SUPPLEMENT'
  | 'IN_APPROVAL'
  | 'APPROVAL_SUPPLEMENT'
  | 'CONCLUDED'
  | 'DELIVERED'
  | 'NOT_ACCEPTED'
  | 'TERMINATED'
export type ApplicantKind = 'PERSON' | 'ORGANIZATION'
export type CaseChannel = 'COUNTER' | 'ONLINE' | 'VILLAGE_PROXY'
export type DeliveryMethod = 'PICKUP' | 'MAIL'
export type MaterialStatus = 'PROVIDED_ORIGINAL' | 'PROVIDED_COPY' | 'E_LICENSE' | 'PLEDGE' | 'MISSING' | 'NOT_APPLICABLE'
/** What the clerk may do now (CaseView.actions). */
export type CaseAction =
  | 'materials'
  | 'form'
  | 'delivery'
  | 'instant'
  | 'accept'
  | 'notice'
  | 'reject'
  | 'resume'
  | 'supplement'
  | 'handover'
  | 'receive'
  | 'upload'

/** An enum value with its Chinese label. */
export interface Labelled<C extends string = string> {
  code: C
  label: string
}

export interface CaseSituationRef {
  code: string
  name: string
  itemCode: string
  itemName: string | null
  department: string | null
  mode: Labelled<AcceptanceMode>
  promisedDays: number
  legalDays: number
}

export interface CaseApplicant {
  kind: Labelled<ApplicantKind>
  name: string
  /** ID number or credit code, in full (the case screen of the clerk's own site). */
  id: string
  idMasked: string
  phone: string | null
  phoneMasked: string | null
  legalRepName: string | null
  legalRepIdNumber: string | null
}

export interface CaseAgent {
  name: string
  idNumber: string
  idNumberMasked: string
  authorizationProvided: boolean
}

export interface CaseDelivery {
  method: Labelled<DeliveryMethod>
  recipient: string | null
  phone: string | null
  address: string | null
}

export interface CaseFormField {
  name: string
  label: string
  sample: string | null
  hint: string | null
  value: string | null
}

export interface CaseForm {
  code: string
  name: string
  fields: CaseFormField[]
}

/** One line of the material checklist. */
export interface CaseMaterial {
  line: number
  name: string
  form: string
  copies: number
  /** false: conditional (needed only when `condition` applies). */
  required: boolean
  condition: string | null
  /** 要件: never owed under 容缺受理. */
  key: boolean
  pledgeAllowed: boolean
  licenseType: string | null
  source: string
  checkNotes: string | null
  formTemplate: string | null
  situationCodes: string[]
  status: Labelled<MaterialStatus>
  note: string | null
  licenseId: number | null
  pledgeText: string | null
  pledgeSigner: string | null
  pledgedAt: string | null
  /** Still owed after a 容缺 acceptance. */
  owed: boolean
  /** Needed and not handed in. */
  missing: boolean
  fileIds: number[]
  allowedStatuses: Labelled<MaterialStatus>[]
}

export interface CaseDeficiency {
  deadline: string | null
  pledge: string | null
  signer: string | null
  owed: string[]
}

export interface CaseNoticeItem {
  line: number | null
  material: string
  needed: string | null
  why: string | null
}

export interface CaseNotice {
  id: number
  kind: Labelled<'ONE_TIME' | 'APPROVAL_SUPPLEMENT'>
  seq: number
  issuedAt: string
  issuedBy: string | null
  department: string | null
  reason: string | null
  items: CaseNoticeItem[]
  resolvedAt: string | null
}

export interface CaseEvent {
  at: string
  kind: string
  text: string
  staffName: string | null
}

export interface CaseHandover {
  id: number
  fromSiteId: number
  fromSite: string | null
  /** The site that confirms the receipt. */
  toSiteId: number
  toSite: string | null
  materials: string[]
  note: string | null
  sentAt: string
  sentBy: string | null
  receivedAt: string | null
  receivedBy: string | null
  discrepancies: string | null
}

/** `GET /api/cases?handover=`: PENDING = handed over to my site by a village station and not received yet (待接收). */
export type CaseHandoverFilter = 'PENDING'

/** GET /api/cases/{id}: everything the case screen shows. */
export interface CaseView {
  id: number
  caseNumber: string
  channel: Labelled<CaseChannel>
  status: Labelled<CaseStatus>
  siteId: number
  siteName: string | null
  originSiteId: number
  originSiteName: string | null
  counterId: number | null
  counterName: string | null
  ticketId: number | null
  openedAt: string
  openedBy: string | null
  catalogVersion: number
  situations: CaseSituationRef[]
  bundleCode: string | null
  title: string
  /** 即办件 */
  instant: boolean
  promisedDays: number
  legalDays: number
  applicant: CaseApplicant
  agent: CaseAgent | null
  delivery: CaseDelivery
  forms: CaseForm[]
  materials: CaseMaterial[]
  acceptedAt: string | null
  acceptedBy: string | null
  acceptedOn: string | null
  promisedDate: string | null
  legalDate: string | null
  deficiency: CaseDeficiency | null
  /**
   * YYYY-MM-DD: the latest 容缺 supplement deadline if the case were accepted today (the earlier of the promised
   * date and `deficiencyMaxDays` working days, on the back end's calendar); only while the case can be accepted.
   */
  deficiencyLatestDate: string | null
  /** The configured limit of a 容缺 deadline in working days (onewindow.acceptance.deficiency-max-days). */
  deficiencyMaxDays: number
  noticeCount: number
  notices: CaseNotice[]
  decisionReason: string | null
  decidedAt: string | null
  outcome: Labelled | null
  outcomeSummary: string | null
  licenseIds: number[]
  concludedAt: string | null
  deliveredAt: string | null
  terminatedAt: string | null
  handovers: CaseHandover[]
  actions: CaseAction[]
  timeline: CaseEvent[]
  progressToken: string | null
  /** Optimistic lock: sent back with every change (409 acceptance.case-changed when stale). */
  version: number
}

/** One row of GET /api/cases (personal data masked). */
export interface CaseListItem {
  id: number
  caseNumber: string
  title: string
  status: Labelled<CaseStatus>
  channel: Labelled<CaseChannel>
  applicantKind: Labelled<ApplicantKind>
  applicantName: string
  applicantId: string
  siteName: string | null
  openedAt: string
  promisedDate: string | null
  deficiencyDeadline: string | null
  noticeCount: number
  version: number
}

export interface ApplicantRequest {
  kind: ApplicantKind
  name: string
  idNumber?: string | null
  creditCode?: string | null
  phone?: string | null
  legalRepresentative?: string | null
  legalRepresentativeIdNumber?: string | null
}

export interface AgentRequest {
  name: string
  idNumber: string
  authorizationProvided: boolean
}

export interface OpenCaseRequest {
  ticketId?: number | null
  counterId?: number | null
  situationCode?: string | null
  bundleCode?: string | null
  applicant: ApplicantRequest
  agent?: AgentRequest | null
}

export interface MaterialRequest {
  version: number
  status: MaterialStatus
  note?: string | null
  licenseId?: number | null
  pledgeText?: string | null
  pledgeSigner?: string | null
}

export interface DeliveryRequest {
  version: number
  method: DeliveryMethod
  recipient?: string | null
  phone?: string | null
  address?: string | null
}

export interface DeficiencyRequest {
  pledgeText: string
  signer?: string | null
  /** YYYY-MM-DD */
  deadline: string
}

/** The case's progress page (/m/progress/{token}) and how to use it, printed on the documents. */
export interface CaseProgressRef {
  caseNumber: string
  token: string
  path: string
  qrPayload: string
  /** The QR code of the progress page as a PNG (public, GET /api/public/progress/{token}/qr.png). */
  qrImage: string
  howTo: string
}

export interface DocumentApplicant {
  kind: string
  name: string
  /** Masked ID number, or the credit code. */
  id: string
  legalRepName: string | null
  agentName: string | null
}

/** GET /api/cases/{id}/documents/acceptance-notice: 受理通知书. */
export interface AcceptanceNoticeDocument {
  document: string
  caseNumber: string
  title: string
  situations: string[]
  siteName: string | null
  applicant: DocumentApplicant
  acceptedAt: string
  acceptedOn: string
  promisedDays: number
  promisedDate: string
  /** YYYY-MM-DD; null when the law sets no time limit (无法定时限) */
  legalDate: string | null
  materials: { line: number; name: string; form: string; copies: number; status: string }[]
  deficiency: { deadline: string; owed: string[]; pledge: string; signer: string } | null
  delivery: string
  progress: CaseProgressRef
  clerk: string | null
}

/** Something wrong the clerk found, for the one-time notice: a handed-in line that is wrong, or a thing not on the list. */
export interface NoticeFindingRequest {
  line?: number | null
  material?: string | null
  problem: string
}

/** A scan stored for a checklist line (POST /api/cases/{id}/materials/{line}/files). */
export interface CaseFile {
  id: number
  name: string
  mediaType: string
  size: number
  sha256: string
  storedAt: string
}

/** GET /api/cases/{id}/documents/notices/{noticeId}: 一次性告知书 or 补正材料通知书. */
export interface NoticeDocument {
  document: string
  caseNumber: string
  title: string
  seq: number
  siteName: string | null
  applicant: DocumentApplicant
  issuedAt: string
  issuedBy: string | null
  department: string | null
  reason: string | null
  items: CaseNoticeItem[]
  instructions: string
  /** Only once the case was accepted (补正 of the back office). */
  progress: CaseProgressRef | null
}

/** GET /api/cases/{id}/documents/not-accepted-decision: 不予受理决定书. */
export interface NotAcceptedDecisionDocument {
  document: string
  caseNumber: string
  title: string
  siteName: string | null
  applicant: DocumentApplicant
  decidedAt: string
  decidedBy: string | null
  reason: string
  remedy: string
}

/** GET /api/cases/{id}/documents/termination-notice: 终止办理告知书 (容缺 deadline missed). */
export interface TerminationNoticeDocument {
  document: string
  caseNumber: string
  title: string
  siteName: string | null
  applicant: DocumentApplicant
  acceptedOn: string | null
  deficiencyDeadline: string | null
  owed: string[]
  pledge: string | null
  terminatedAt: string
  reason: string | null
}

/** 失信名单 (GET /api/acceptance/blacklist): ID numbers and names of persons masked. */
export interface BlacklistEntry {
  id: number
  kind: Labelled<ApplicantKind>
  applicantId: string
  name: string
  reason: string
  addedAt: string
  until: string | null
}

export interface BlacklistRequest {
  kind: ApplicantKind
  idNumber?: string | null
  creditCode?: string | null
  name: string
  reason: string
  /** YYYY-MM-DD, the last day on the list; null until removed. */
  until?: string | null
}

/** 办件进度 without an account (GET /api/public/progress…). */
export interface CaseProgress {
  caseNumber: string
  title: string
  status: CaseStatus
  statusLabel: string
  /** Masked. */
  applicant: string
  siteName: string | null
  openedAt: string
  acceptedOn: string | null
  promisedDate: string | null
  deficiencyDeadline: string | null
  nextStep: string
  timeline: { at: string; text: string }[]
}

/** 补正率 (GET /api/acceptance/quality): cases that needed a one-time notice, per situation or bundle; rates 0–1. */
export interface AcceptanceQuality {
  from: string | null
  to: string | null
  cases: number
  casesWithNotice: number
  rate: number
  situations: {
    subjectCode: string
    title: string
    cases: number
    casesWithNotice: number
    notices: number
    rate: number
  }[]
}

// --- 网上办 (citizens) ---------------------------------------------------------------------------

/** The signed-in citizen (GET /api/public/citizen/me). */
export interface CitizenMe {
  /** Masked: 138****5678. */
  phone: string
  signedInAt: string
  /** When the session ends unless the citizen does something (2 hours idle). */
  expiresAt: string
}

/** Answer of POST /api/public/citizen/sms-code. */
export interface CodeSent {
  /** Masked. */
  phone: string
  expiresAt: string
  resendAfterSeconds: number
}

/** POST /api/public/citizen/applications. */
export interface CitizenApplicationRequest {
  siteId: number
  situationCode: string
  applicant:
    | { kind: 'PERSON'; name: string; idNumber: string }
    | { kind: 'ORGANIZATION'; name: string; creditCode: string; legalRepresentative: string }
    | Record<string, string>
  /** Form field name → value, from the situation's form templates. */
  form: Record<string, string>
  delivery: { method: DeliveryMethod; recipient?: string; phone?: string; address?: string }
}

export interface CitizenScan {
  id: number
  name: string
  mediaType: string
  size: number
  uploadedAt: string
}

/** One line of the material checklist with the scans uploaded for it. */
export interface CitizenMaterialLine {
  line: number
  name: string
  /** 原件, 复印件 … */
  formLabel: string
  copies: number
  required: boolean
  condition: string | null
  /** GOVERNMENT: issued by an authority, the clerk may reuse the e-licence (no scan needed). */
  source: string | null
  licenseType: string | null
  /** Set when the material is one of the situation's forms (filled in online). */
  formTemplate: string | null
  checkNotes: string | null
  files: CitizenScan[]
}

export interface CitizenNoticeItem {
  material: string
  problem: string
  needed: string
}

/** The latest one-time notice (一次性告知) of an application. */
export interface CitizenNotice {
  seq: number
  issuedAt: string
  reason: string | null
  items: CitizenNoticeItem[]
  resolved: boolean
}

export interface CitizenFormField {
  name: string
  label: string
  sample: string
  hint: string
  value: string
}

export interface CitizenTimelineEntry {
  at: string
  text: string
}

/** One of the citizen's applications (GET /api/public/citizen/applications/{id}). */
export interface CitizenApplication {
  id: number
  caseNumber: string
  version: number
  status: CaseStatus
  statusLabel: string
  siteId: number
  siteName: string
  situationCode: string
  title: string
  applicant: { kind: ApplicantKind; name: string; id: string; legalRepresentative: string | null }
  delivery: { method: DeliveryMethod; label: string; recipient: string | null; phone: string | null; address: string | null }
  formFields: CitizenFormField[]
  materials: CitizenMaterialLine[]
  notice: CitizenNotice | null
  /** Whether the citizen may still upload scans (in pre-review or after a one-time notice). */
  uploadsOpen: boolean
  submittedAt: string
  promisedDate: string | null
  progressToken: string
  timeline: CitizenTimelineEntry[]
}

export interface CitizenApplicationSummary {
  id: number
  caseNumber: string
  title: string
  siteName: string
  status: CaseStatus
  statusLabel: string
  submittedAt: string
  /** A one-time notice waits for the citizen. */
  actionNeeded: boolean
}

// --- kiosks (自助机配对) -------------------------------------------------------------------------

export type KioskState = 'PENDING' | 'PAIRED' | 'REVOKED'

/** A kiosk as its site administrator sees it (never its key). */
export interface Kiosk {
  id: number
  siteId: number
  name: string
  state: KioskState
  stateLabel: string
  pairingExpiresAt: string | null
  pairedAt: string | null
  lastSeenAt: string | null
  revokedAt: string | null
  version: number
}

/** A one-time pairing code, shown once ("1234 5678"), and the kiosk page link that carries it. */
export interface KioskPairingCode {
  kiosk: Kiosk
  pairingCode: string
  pairingPath: string
}

/** What the kiosk gets for its pairing code: the device key, once. */
export interface PairedKiosk {
  kioskId: number
  siteId: number
  siteName: string
  name: string
  deviceKey: string
}

export interface KioskMe {
  kioskId: number
  siteId: number
  name: string
}
