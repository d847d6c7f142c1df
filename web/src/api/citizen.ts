// The citizens' own API (网上办 / 掌上办): sign-in by phone and text-message code, online
// applications. Public paths: the OW_CITIZEN cookie says who is calling, a 401 is for the page
// to handle (it sends the citizen to /m/sign-in), never the staff login.
import { api, type RequestOptions } from './client'
import type {
  CitizenApplication,
  CitizenApplicationRequest,
  CitizenApplicationSummary,
  CitizenMaterialLine,
  CitizenMe,
  CodeSent,
} from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

const BASE = '/api/public/citizen'

/** Sends a six-digit sign-in code to the phone (429 within 60 s of the last one or beyond 10 a day). */
export const requestSignInCode = (phone: string, opts?: Opts) =>
  api.post<CodeSent>(`${BASE}/sms-code`, { phone }, opts)

export const signIn = (phone: string, code: string, opts?: Opts) =>
  api.post<CitizenMe>(`${BASE}/sign-in`, { phone, code }, opts)

/** The signed-in citizen; rejects with a 401 ApiError when nobody is signed in. */
export const fetchCitizen = (opts?: Opts) => api.get<CitizenMe>(`${BASE}/me`, { silent: true, ...opts })

export const signOut = (opts?: Opts) => api.post<void>(`${BASE}/sign-out`, undefined, opts)

// --- online applications (网上申请) --------------------------------------------------------------


export const submitApplication = (body: CitizenApplicationRequest, opts?: Opts) =>
  api.post<CitizenApplication>(`${BASE}/applications`, body, opts)

/** The signed-in citizen's applications, newest first. */
export const listMyApplications = (opts?: Opts) => api.get<CitizenApplicationSummary[]>(`${BASE}/applications`, opts)

/** One of the citizen's applications (404 for anyone else's). */
export const getMyApplication = (id: number, opts?: Opts) =>
  api.get<CitizenApplication>(`${BASE}/applications/${id}`, opts)

/** Uploads one scan (PDF, JPEG, PNG) to a checklist line while the application is with the citizen or in pre-review. */
export function uploadScan(id: number, line: number, file: File, opts?: Opts): Promise<CitizenMaterialLine> {
  const data = new FormData()
  data.append('file', file, file.name)
  return api.upload<CitizenMaterialLine>(`${BASE}/applications/${id}/materials/${line}/files`, data, opts)
}

export const removeScan = (id: number, line: number, fileId: number, opts?: Opts) =>
  api.delete<CitizenMaterialLine>(`${BASE}/applications/${id}/materials/${line}/files/${fileId}`, opts)

/** After a one-time notice: the missing scans are uploaded, the application goes back to pre-review. */
export const resubmitApplication = (id: number, version: number, opts?: Opts) =>
  api.post<CitizenApplication>(`${BASE}/applications/${id}/resubmission`, { version }, opts)

/** Where a scan can be looked at (the citizen's own only). */
export const scanUrl = (id: number, line: number, fileId: number) =>
  `${BASE}/applications/${id}/materials/${line}/files/${fileId}`
