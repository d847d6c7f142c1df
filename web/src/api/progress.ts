// 办件进度查询: public, no account. By the case number and the last four digits of the phone given
// at application, or by the token of the QR code printed on the acceptance notice.
import { api, type RequestOptions } from './client'
import type { CaseProgress } from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export const progressByNumber = (caseNumber: string, phoneLast4: string, opts?: Opts) =>
  api.get<CaseProgress>('/api/public/progress', { ...opts, query: { caseNumber, phoneLast4 } })

export const progressByToken = (token: string, opts?: Opts) =>
  api.get<CaseProgress>(`/api/public/progress/${encodeURIComponent(token)}`, opts)
