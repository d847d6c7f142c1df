// 前台综合受理 (acceptance): cases (办件), their checklist, form, delivery choice and decisions, the
// printable documents. The contract is docs/acceptance.md; every change sends the case's `version`
// and answers the whole case again (409 `acceptance.case-changed` when someone else changed it first).
import { api, type RequestOptions } from './client'
import type {
  AcceptanceNoticeDocument,
  CaseListItem,
  CaseStatus,
  CaseView,
  DeficiencyRequest,
  DeliveryRequest,
  MaterialRequest,
  OpenCaseRequest,
  Page,
} from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

const c = (id: number) => `/api/cases/${id}`

export const openCase = (body: OpenCaseRequest, opts?: Opts) => api.post<CaseView>('/api/cases', body, opts)

export interface CaseQuery {
  status?: CaseStatus | null
  q?: string | null
  page?: number
  size?: number
}

/** The cases of my data scope, newest first. */
export const searchCases = (query: CaseQuery, opts?: Opts) =>
  api.get<Page<CaseListItem>>('/api/cases', { ...opts, query: { ...query } })

export const getCase = (id: number, opts?: Opts) => api.get<CaseView>(c(id), opts)

export const updateMaterial = (id: number, line: number, body: MaterialRequest, opts?: Opts) =>
  api.put<CaseView>(`${c(id)}/materials/${line}`, body, opts)

export const updateForm = (id: number, version: number, values: Record<string, string>, opts?: Opts) =>
  api.put<CaseView>(`${c(id)}/form`, { version, values }, opts)

export const updateDelivery = (id: number, body: DeliveryRequest, opts?: Opts) =>
  api.put<CaseView>(`${c(id)}/delivery`, body, opts)

/** 即办: accepted and concluded on the spot. */
export const instantCase = (id: number, version: number, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/instant`, { version }, opts)

/** 受理; with `deficiency` 容缺受理. */
export const acceptCase = (id: number, version: number, deficiency: DeficiencyRequest | null, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/accept`, { version, deficiency }, opts)

/** The back office's 补正 has been brought (the legal clock resumes). */
export const recordSupplement = (id: number, version: number, note: string | null, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/supplement`, { version, note }, opts)

// --- printable documents (the front end lays them out) ------------------------------------------------

export const getAcceptanceNotice = (id: number, opts?: Opts) =>
  api.get<AcceptanceNoticeDocument>(`${c(id)}/documents/acceptance-notice`, opts)
