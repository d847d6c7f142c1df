import type { EscalationClass, EscalationClassRow, MatterFilter, MatterLight, MatterState } from '@/api/escalation'

/** "当日", "1个工作日", "1个月". */
export function classSpan(c: EscalationClassRow): string {
  if (c.unit === 'SAME_DAY') return '当日'
  return c.unit === 'MONTHS' ? `${c.span}个月` : `${c.span}个工作日`
}

export function lightType(light: MatterLight): 'success' | 'warning' | 'danger' | 'info' {
  return light === 'GREEN' ? 'success' : light === 'YELLOW' ? 'warning' : light === 'RED' ? 'danger' : 'info'
}

/** The filter form above the 办不成事 list and the 台账: registration dates, state, class and (list only) light. */
export interface MatterFilterForm {
  range: [string, string] | null
  state: MatterState | null
  classification: EscalationClass | null
  light: MatterLight | null
}

/** The form as it opens: this month up to today, everything else open. */
export function matterFilterForm(today: string): MatterFilterForm {
  return { range: [today.slice(0, 8) + '01', today], state: null, classification: null, light: null }
}

/** What the form asks the back end for (a cleared date range asks for no dates). */
export function matterFilter(form: MatterFilterForm): MatterFilter {
  return {
    from: form.range?.[0],
    to: form.range?.[1],
    state: form.state,
    classification: form.classification,
    light: form.light,
  }
}
