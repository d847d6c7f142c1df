// Ticket categories: a single uppercase letter each. A counter lists the categories it
// serves in order of preference (the first is called first).

export const CATEGORY_LABELS: Record<string, string> = {
  A: '综合受理',
  B: '出件',
  C: '办不成事反映',
  D: '帮办代办',
  E: '公安专窗',
  F: '税务专窗',
  G: '不动产专窗',
  H: '社保医保专窗',
}

export const KNOWN_CATEGORIES = Object.keys(CATEGORY_LABELS)

export function isCategoryCode(value: string): boolean {
  return /^[A-Z]$/.test(value)
}

export function categoryLabel(code: string): string {
  const label = CATEGORY_LABELS[code]
  return label ? `${code} ${label}` : `${code} 其他`
}

/**
 * Cleans what the user picked or typed: upper-cases letters, drops anything that is not a
 * single letter and drops repeats, keeping the first occurrence (order = preference).
 */
export function normalizeCategories(values: readonly string[]): { codes: string[]; rejected: string[] } {
  const codes: string[] = []
  const rejected: string[] = []
  for (const raw of values) {
    const code = String(raw).trim().toUpperCase()
    if (!isCategoryCode(code)) {
      if (code) rejected.push(String(raw))
      continue
    }
    if (!codes.includes(code)) codes.push(code)
  }
  return { codes, rejected }
}
