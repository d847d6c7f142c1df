import type { EscalationClassRow, MatterLight } from '@/api/escalation'

/** "当日", "1个工作日", "1个月". */
export function classSpan(c: EscalationClassRow): string {
  if (c.unit === 'SAME_DAY') return '当日'
  return c.unit === 'MONTHS' ? `${c.span}个月` : `${c.span}个工作日`
}

export function lightType(light: MatterLight): 'success' | 'warning' | 'danger' | 'info' {
  return light === 'GREEN' ? 'success' : light === 'YELLOW' ? 'warning' : light === 'RED' ? 'danger' : 'info'
}
