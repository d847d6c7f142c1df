// 叫号 (queue): tickets, calls, the board, appointments, counter workstations, floor and settings.
// The public calls (kiosk, board, phone pages) are used with { silent: true } where the page shows
// its own state; the staff pages let the client report errors.
import { api, type RequestOptions } from './client'
import type {
  Appointment,
  AppointmentRequest,
  AppointmentSlot,
  Board,
  CheckInRequest,
  CounterState,
  Floor,
  IssueTicketRequest,
  Kiosk,
  KioskMe,
  KioskPairingCode,
  MyCounter,
  PairedKiosk,
  QueueCategory,
  QueueCategoryConfig,
  QueueCategoryRequest,
  QueueSettings,
  QueueSite,
  SlotRule,
  SlotRuleRequest,
  Ticket,
  TransferRequest,
  Workstation,
} from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>
/** The kiosk calls also carry the device key header (X-Kiosk-Key). */
type KioskOpts = Pick<RequestOptions, 'silent' | 'signal' | 'headers'>

const site = (siteId: number) => `/api/queue/sites/${siteId}`

// --- public ---------------------------------------------------------------------------------------

export const listQueueSites = (opts?: Opts) => api.get<QueueSite[]>('/api/queue/sites', opts)

export const listQueueCategories = (siteId: number, opts?: Opts) =>
  api.get<QueueCategory[]>(`${site(siteId)}/categories`, opts)

export const issueTicket = (siteId: number, body: IssueTicketRequest, opts?: KioskOpts) =>
  api.post<Ticket>(`${site(siteId)}/tickets`, body, opts)

export const getTicket = (token: string, opts?: Opts) =>
  api.get<Ticket>(`/api/queue/tickets/${encodeURIComponent(token)}`, opts)

/** The QR code of the follow page, for an <img src>. */
export const ticketQrUrl = (token: string) => `/api/queue/tickets/${encodeURIComponent(token)}/qr.png`

export const getBoard = (siteId: number, opts?: Opts) => api.get<Board>(`${site(siteId)}/board`, opts)

/** The board's live stream (EventSource): event `call` with a QueueCall, event `changed`. */
export const boardEventsUrl = (siteId: number) => `${site(siteId)}/events`

export const listSlots = (siteId: number, query: { category: string; from: string; days: number }, opts?: Opts) =>
  api.get<AppointmentSlot[]>(`${site(siteId)}/slots`, { ...opts, query })

export const bookAppointment = (body: AppointmentRequest, opts?: Opts) =>
  api.post<Appointment>('/api/queue/appointments', body, opts)

export const getAppointment = (code: string, opts?: Opts) =>
  api.get<Appointment>(`/api/queue/appointments/${encodeURIComponent(code)}`, opts)

/** The booking code as a QR image, for the kiosk's scanner at check-in. */
export const appointmentQrUrl = (code: string) => `/api/queue/appointments/${encodeURIComponent(code)}/qr.png`

export const cancelAppointment = (code: string, idNumber: string, opts?: Opts) =>
  api.post<Appointment>(`/api/queue/appointments/${encodeURIComponent(code)}/cancellation`, { idNumber }, opts)

export const checkIn = (siteId: number, body: CheckInRequest, opts?: KioskOpts) =>
  api.post<Ticket>(`${site(siteId)}/check-ins`, body, opts)

// --- kiosk pairing (自助机配对) ---------------------------------------------------------------------

/** The kiosk exchanges its one-time pairing code for its device key. */
export const pairKiosk = (code: string, opts?: Opts) =>
  api.post<PairedKiosk>('/api/queue/kiosk-pairings', { code }, opts)

/** The kiosk checks its key at start (403 queue.kiosk-not-paired when unknown or revoked). */
export const getKioskMe = (headers: Record<string, string>, opts?: Opts) =>
  api.get<KioskMe>('/api/queue/kiosks/me', { ...opts, headers })

export const listKiosks = (siteId: number, opts?: Opts) => api.get<Kiosk[]>(`${site(siteId)}/kiosks`, opts)

export const addKiosk = (siteId: number, name: string) =>
  api.post<KioskPairingCode>(`${site(siteId)}/kiosks`, { name })

export const newKioskPairingCode = (siteId: number, kiosk: Pick<Kiosk, 'id' | 'version'>) =>
  api.post<KioskPairingCode>(`${site(siteId)}/kiosks/${kiosk.id}/pairing-code`, { version: kiosk.version })

export const revokeKiosk = (siteId: number, kiosk: Pick<Kiosk, 'id' | 'version'>) =>
  api.post<Kiosk>(`${site(siteId)}/kiosks/${kiosk.id}/revocation`, { version: kiosk.version })

/** 重新启用 a revoked kiosk: it answers a new one-time pairing code; the device pairs again (409 queue.kiosk-active). */
export const reactivateKiosk = (siteId: number, kiosk: Pick<Kiosk, 'id' | 'version'>) =>
  api.post<KioskPairingCode>(`${site(siteId)}/kiosks/${kiosk.id}/reactivation`, { version: kiosk.version })

// --- counter workstation --------------------------------------------------------------------------

export const listMyCounters = (opts?: Opts) => api.get<MyCounter[]>('/api/queue/counters/mine', opts)

export const getWorkstation = (counterId: number, opts?: Opts) =>
  api.get<Workstation>(`/api/queue/counters/${counterId}`, opts)

export const setCounterState = (counterId: number, state: CounterState) =>
  api.put<Workstation>(`/api/queue/counters/${counterId}/state`, { state })

/** Calls the next ticket; 409 `queue.empty` when nobody waits (pass silent and tell it as info). */
export const callNext = (counterId: number, opts?: Opts) =>
  api.post<Ticket>(`/api/queue/counters/${counterId}/calls`, undefined, opts)

export const recallTicket = (ticketId: number) => api.post<Ticket>(`/api/queue/tickets/${ticketId}/recalls`)

export const noShowTicket = (ticketId: number) => api.post<Ticket>(`/api/queue/tickets/${ticketId}/no-show`)

export const transferTicket = (ticketId: number, body: TransferRequest) =>
  api.post<Ticket>(`/api/queue/tickets/${ticketId}/transfer`, body)

export const addTicketSituation = (ticketId: number, situationCode: string) =>
  api.post<Ticket>(`/api/queue/tickets/${ticketId}/situations`, { situationCode })

export const completeTicket = (ticketId: number) => api.post<Ticket>(`/api/queue/tickets/${ticketId}/completion`)

// --- floor manager and settings -------------------------------------------------------------------

export const getFloor = (siteId: number, opts?: Opts) => api.get<Floor>(`${site(siteId)}/floor`, opts)

export const getQueueSettings = (siteId: number) => api.get<QueueSettings>(`${site(siteId)}/settings`)
export const updateQueueSettings = (siteId: number, body: QueueSettings) =>
  api.put<QueueSettings>(`${site(siteId)}/settings`, body)

export const listQueueCategoryConfigs = (siteId: number) =>
  api.get<QueueCategoryConfig[]>(`${site(siteId)}/queue-categories`)
/** Creates or updates the category `code`. */
export const saveQueueCategory = (siteId: number, code: string, body: QueueCategoryRequest) =>
  api.put<QueueCategoryConfig>(`${site(siteId)}/queue-categories/${encodeURIComponent(code)}`, body)

export const listSlotRules = (siteId: number) => api.get<SlotRule[]>(`${site(siteId)}/slot-rules`)
export const createSlotRule = (siteId: number, body: SlotRuleRequest) =>
  api.post<SlotRule>(`${site(siteId)}/slot-rules`, body)
export const deleteSlotRule = (siteId: number, id: number) => api.delete(`${site(siteId)}/slot-rules/${id}`)
