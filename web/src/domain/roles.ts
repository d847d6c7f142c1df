import type { Role } from '@/api/types'

export const ROLE_LABELS: Record<Role, string> = {
  GUIDE: '导办员',
  ACCEPTOR: '综合受理员',
  APPROVER: '后台审批员',
  DELIVERY: '出件员',
  SITE_ADMIN: '站点管理员',
  SUPERVISOR: '监督员',
  SYS_ADMIN: '系统管理员',
}

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[]

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role
}

/** Who may change reference data (sites are SYS_ADMIN only, see the views). */
export const ADMIN_ROLES: Role[] = ['SITE_ADMIN', 'SYS_ADMIN']
