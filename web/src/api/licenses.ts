// 证照 (licenses): the licences concluded cases issue, for staff and the printable certificate.
// Types live here with their calls: the licence module's JSON (LicenseController.LicenseView).
import { api, type RequestOptions } from './client'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type HolderKind = 'PERSON' | 'ORGANIZATION'
export type LicenseState = 'VALID' | 'REVOKED'
/** How the licence stands today: expiry follows from the validity, revocation from the state. */
export type LicenseStatus = 'VALID' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED'

export interface License {
  id: number
  /** The licence's name, also its type: 食品经营许可证, 营业执照, … */
  type: string
  /** <issuer code>-<year>-<6-digit sequence>, e.g. SCJG-2026-000123 */
  number: string
  holderKind: HolderKind
  holderKindLabel: string
  holderName: string
  /** A person's ID number masked, an organisation's credit code whole. */
  holderIdDisplay: string
  /** The issuing department's code. */
  issuer: string
  /** The issuing department's full name (发证机关). */
  issuerName: string
  issuerShortName: string
  /** YYYY-MM-DD */
  validFrom: string
  /** YYYY-MM-DD, the last valid day; null = long-term (长期) */
  validUntil: string | null
  longTerm: boolean
  caseId: number | null
  caseNumber: string | null
  issuedAt: string
  /** YYYY-MM-DD in the hall's time (发证日期) */
  issueDate: string
  state: LicenseState
  status: LicenseStatus
  statusLabel: string
  validToday: boolean
  revokedAt: string | null
  revokedReason: string | null
}

export const getLicense = (id: number, opts?: Opts) => api.get<License>(`/api/licenses/${id}`, opts)

/** Every licence of a holder (ID number or credit code), newest first, expired and revoked included. */
export const listHolderLicenses = (holderId: string, opts?: Opts) =>
  api.get<License[]>('/api/licenses', { ...opts, query: { holderId } })
