// 短信发件箱 (SMS outbox): every text message the system sent through the SMS port, for system and site
// administrators. Types live here with their calls (platform's SmsOutbox.SmsMessage).
import { api, type RequestOptions } from './client'
import type { Page } from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type SmsStatus = 'PENDING' | 'SENT' | 'FAILED'

export interface SmsMessage {
  id: number
  /** The whole 11-digit number: administrators read the outbox unmasked. */
  phone: string
  text: string
  /** Why it was sent: sign-in-code, one-time-notice, … */
  purpose: string
  createdAt: string
  status: SmsStatus
  statusLabel: string
  attempts: number
  sentAt: string | null
  lastError: string | null
}

export interface SmsOutboxQuery {
  /** 0-based */
  page: number
  size: number
  /** A whole mobile number, or 3 to 11 of its digits. */
  phone?: string
  purpose?: string
}

export const searchSmsOutbox = (q: SmsOutboxQuery, opts?: Opts) =>
  api.get<Page<SmsMessage>>('/api/admin/sms-outbox', { ...opts, query: { ...q } })

/** The purposes that occur in the outbox, for the filter. */
export const listSmsPurposes = (opts?: Opts) => api.get<string[]>('/api/admin/sms-outbox/purposes', opts)
