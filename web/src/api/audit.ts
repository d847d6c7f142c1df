import { api } from './client'
import type { AuditEntry, Page } from './types'

export interface AuditQuery {
  page: number
  size: number
  username?: string
  /** YYYY-MM-DD, inclusive */
  from?: string
  /** YYYY-MM-DD, inclusive */
  to?: string
}

export const searchAudit = (q: AuditQuery) => api.get<Page<AuditEntry>>('/api/audit', { query: { ...q } })
