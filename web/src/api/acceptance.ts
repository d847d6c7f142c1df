// 前台综合受理 (acceptance): cases (办件), their checklist, form, delivery choice and decisions, the
// printable documents. The contract is docs/acceptance.md; every change sends the case's `version`
// and answers the whole case again (409 `acceptance.case-changed` when someone else changed it first).
import { api, type RequestOptions } from './client'
import type {
  AcceptanceNoticeDocument,
  AcceptanceQuality,
  BlacklistEntry,
  BlacklistRequest,
  CaseFile,
  CaseHandoverFilter,
  CaseListItem,
  CaseProgress,
  CaseStatus,
  CaseView,
  DeficiencyRequest,
  DeliveryRequest,
  MaterialRequest,
  NotAcceptedDecisionDocument,
  NoticeDocument,
  NoticeFindingRequest,
  OpenCaseRequest,
  Page,
  TerminationNoticeDocument,
} from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

const c = (id: number) => `/api/cases/${id}`

export const openCase = (body: OpenCaseRequest, opts?: Opts) => api.post<CaseView>('/api/cases', body, opts)

export interface CaseQuery {
  status?: CaseStatus | null
  q?: string | null
  handover?: CaseHandoverFilter | null
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

/**
 * 一次性告知: every missing line plus the clerk's findings, in one numbered notice; the case waits in 待补正.
 * 422 `acceptance.notice-empty` when there is nothing to tell.
 */
export const issueNotice = (id: number, version: number, items: NoticeFindingRequest[], note: string | null, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/notice`, { version, items, note }, opts)

/** The applicant came back with the supplement: 待补正 → 受理中, the checklist as it was. */
export const resumeCase = (id: number, version: number, opts?: Opts) => api.post<CaseView>(`${c(id)}/resume`, { version }, opts)

/** 不予受理 with its legal reason. */
export const rejectCase = (id: number, version: number, reason: string, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/reject`, { version, reason }, opts)

/** 村代办: the village station hands the collected paper materials (checklist lines) to its town sub-center. */
export const handOverCase = (id: number, version: number, lines: number[], note: string | null, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/handover`, { version, lines, note }, opts)

/** The town sub-center confirms it received them (with what did not match); the case becomes the town's. */
export const receiveHandover = (id: number, version: number, discrepancies: string | null, opts?: Opts) =>
  api.post<CaseView>(`${c(id)}/handover/receive`, { version, discrepancies }, opts)

/** A scan (PDF, JPEG, PNG; the type is read from the content) for a checklist line. */
export function uploadMaterialFile(id: number, line: number, file: File, opts?: Opts): Promise<CaseFile> {
  const data = new FormData()
  data.append('file', file, file.name)
  return api.upload<CaseFile>(`${c(id)}/materials/${line}/files`, data, opts)
}

/** A scan of the case, for a link or an <img> (staff of the case's data scope only). */
export const caseFileUrl = (id: number, fileId: number) => `${c(id)}/files/${fileId}`

// --- printable documents (the front end lays them out) ------------------------------------------------

export const getAcceptanceNotice = (id: number, opts?: Opts) =>
  api.get<AcceptanceNoticeDocument>(`${c(id)}/documents/acceptance-notice`, opts)

export const getNoticeDocument = (id: number, noticeId: number, opts?: Opts) =>
  api.get<NoticeDocument>(`${c(id)}/documents/notices/${noticeId}`, opts)

export const getNotAcceptedDecision = (id: number, opts?: Opts) =>
  api.get<NotAcceptedDecisionDocument>(`${c(id)}/documents/not-accepted-decision`, opts)

export const getTerminationNotice = (id: number, opts?: Opts) =>
  api.get<TerminationNoticeDocument>(`${c(id)}/documents/termination-notice`, opts)

// --- 失信名单 (SITE_ADMIN, SYS_ADMIN) -------------------------------------------------------------------

export const listBlacklist = (opts?: Opts) => api.get<BlacklistEntry[]>('/api/acceptance/blacklist', opts)
export const addToBlacklist = (body: BlacklistRequest, opts?: Opts) =>
  api.post<BlacklistEntry>('/api/acceptance/blacklist', body, opts)
export const removeFromBlacklist = (entryId: number, opts?: Opts) =>
  api.delete(`/api/acceptance/blacklist/${entryId}`, opts)

/** 补正率 of my data scope, optionally between two days (YYYY-MM-DD). */
export const getAcceptanceQuality = (query: { from?: string | null; to?: string | null } = {}, opts?: Opts) =>
  api.get<AcceptanceQuality>('/api/acceptance/quality', { ...opts, query })

// --- 办件进度, public (no login) -----------------------------------------------------------------------

/** By the token the QR code / link on the acceptance notice carries. */
export const progressByToken = (token: string, opts?: Opts) =>
  api.get<CaseProgress>(`/api/public/progress/${encodeURIComponent(token)}`, opts)

/** By case number and the last four digits of the applicant's phone (a wrong pair is answered as unknown). */
export const progressByNumber = (caseNumber: string, phoneLast4: string, opts?: Opts) =>
  api.get<CaseProgress>('/api/public/progress', { ...opts, query: { caseNumber, phoneLast4 } })
