// 统一出件 (delivery): results waiting at the delivery counter or in the mail, pickup, mailing, 送达回执.
// The contract is docs/delivery.md; the JSON types of this module are kept here.
import { api, type RequestOptions } from './client'
import type { Page } from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type DeliveryState = 'READY_FOR_PICKUP' | 'PICKED_UP' | 'TO_BE_MAILED' | 'MAILED' | 'SIGNED'
export type DeliveryMethod = 'PICKUP' | 'MAIL'
export type DeliveryAction = 'PICKUP' | 'MAIL' | 'SIGNED'
export type CarrierCode = 'EMS' | 'SF' | 'JD'

export interface DeliveryItem {
  kind: 'LICENSE' | 'DECISION'
  title: string
  licenseType: string | null
  licenseNumber: string | null
}

export interface DeliveryListItem {
  id: number
  caseId: number
  caseNumber: string
  siteId: number
  siteName: string
  title: string
  outcome: string
  outcomeLabel: string
  instant: boolean
  method: DeliveryMethod
  methodLabel: string
  state: DeliveryState
  stateLabel: string
  /** Masked for a person. */
  applicantName: string
  /** Masked. */
  applicantPhone: string | null
  /** Masked. */
  recipient: string | null
  items: DeliveryItem[]
  carrier: CarrierCode | null
  carrierLabel: string | null
  trackingNumber: string | null
  concludedAt: string
  deliveredAt: string | null
  version: number
}

export interface DeliveryMailing {
  /** In full while the mailing is still to be sent (the waybill), masked afterwards. */
  recipient: string | null
  phone: string | null
  address: string | null
  carrier: CarrierCode | null
  carrierLabel: string | null
  trackingNumber: string | null
  mailedAt: string | null
  mailedBy: string | null
}

export interface DeliveryPickup {
  collectorKind: 'APPLICANT' | 'AGENT'
  collectorKindLabel: string
  collectorName: string
  collectorIdNumber: string
  signatureName: string
  signatureAt: string
  handedOverBy: string | null
}

export interface DeliveryReceipt {
  signedOn: string
  signerName: string | null
  kind: 'SCAN' | 'CONFIRMATION'
  kindLabel: string
  hasScan: boolean
  recordedAt: string
  recordedBy: string | null
  note: string | null
}

export interface DeliveryEvent {
  kind: string
  label: string
  staffName: string | null
  detail: string | null
  at: string
}

export interface DeliveryDetail extends Omit<DeliveryListItem, 'recipient' | 'carrier' | 'carrierLabel' | 'trackingNumber'> {
  applicantKind: 'PERSON' | 'ORGANIZATION'
  mailing: DeliveryMailing | null
  pickup: DeliveryPickup | null
  receipt: DeliveryReceipt | null
  /** The logged-in staff member works at the delivery's site: only there are its hand-overs recorded. */
  ownCounter: boolean
  /** What may be done next: empty when the state is final or the delivery belongs to another site's counter. */
  actions: DeliveryAction[]
  history: DeliveryEvent[]
}

export interface Carrier {
  code: CarrierCode
  label: string
  hint: string
}

/** The printable 送达回执. */
export interface DeliveryReceiptDocument {
  caseNumber: string
  title: string
  siteName: string
  applicantKind: string
  applicantName: string
  outcomeLabel: string
  method: DeliveryMethod
  methodLabel: string
  state: DeliveryState
  stateLabel: string
  items: DeliveryItem[]
  recipient: string | null
  address: string | null
  carrierLabel: string | null
  trackingNumber: string | null
  concludedAt: string
  mailedAt: string | null
  signedOn: string | null
  collectorKindLabel: string | null
  collectorName: string | null
  collectorIdNumber: string | null
  signatureName: string | null
  signatureAt: string | null
  receiptKindLabel: string | null
  handedOverBy: string | null
  deliveredAt: string | null
}

export interface DeliveryQuery {
  states: DeliveryState[]
  q?: string
  page?: number
  size?: number
}

export interface PickupRequest {
  version: number
  idNumber: string
  signatureName: string
}

export interface MailRequest {
  version: number
  carrier: CarrierCode
  trackingNumber: string
}

export interface SignedRequest {
  version: number
  signedOn: string
  signerName?: string
  note?: string
}

export function listDeliveries(query: DeliveryQuery, opts?: Opts): Promise<Page<DeliveryListItem>> {
  const params = new URLSearchParams()
  for (const s of query.states) params.append('state', s)
  if (query.q?.trim()) params.append('q', query.q.trim())
  params.append('page', String(query.page ?? 0))
  params.append('size', String(query.size ?? 20))
  return api.get<Page<DeliveryListItem>>(`/api/deliveries?${params.toString()}`, opts)
}

export const deliveryCounts = (opts?: Opts) => api.get<Record<DeliveryState, number>>('/api/deliveries/counts', opts)

export const listCarriers = (opts?: Opts) => api.get<Carrier[]>('/api/deliveries/carriers', opts)

export const getDelivery = (id: number, opts?: Opts) => api.get<DeliveryDetail>(`/api/deliveries/${id}`, opts)

export const pickUpDelivery = (id: number, body: PickupRequest, opts?: Opts) =>
  api.post<DeliveryDetail>(`/api/deliveries/${id}/pickup`, body, opts)

export const mailDelivery = (id: number, body: MailRequest, opts?: Opts) =>
  api.post<DeliveryDetail>(`/api/deliveries/${id}/mail`, body, opts)

/** 签收 confirmed by staff (no scan). */
export const confirmSigned = (id: number, body: SignedRequest, opts?: Opts) =>
  api.post<DeliveryDetail>(`/api/deliveries/${id}/signed`, body, opts)

/** 签收 with the scanned 回执 (PDF, JPEG or PNG). */
export function uploadSigned(id: number, body: SignedRequest, file: File, opts?: Opts): Promise<DeliveryDetail> {
  const data = new FormData()
  data.append('version', String(body.version))
  data.append('signedOn', body.signedOn)
  if (body.signerName) data.append('signerName', body.signerName)
  if (body.note) data.append('note', body.note)
  data.append('receipt', file, file.name)
  return api.upload<DeliveryDetail>(`/api/deliveries/${id}/signed`, data, opts)
}

/** The archived scan, for a link (opens inline in a new tab). */
export const receiptScanUrl = (id: number) => `/api/deliveries/${id}/receipt`

export const getReceiptDocument = (id: number, opts?: Opts) =>
  api.get<DeliveryReceiptDocument>(`/api/deliveries/${id}/receipt-document`, opts)
