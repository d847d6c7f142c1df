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
