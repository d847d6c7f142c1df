import type { Bundle, BundleMember } from '@/api/types'

// Rules of the 一件事 editor (admin/catalog/bundles). The back end stores whatever it gets and
// reports the rest in the publish check; the editor refuses what would obviously be wrong.

/** A bundle error in the editor, `field` as the form names it: name, members, fields.<i>.name, fields.<i>.sharedBy. */
export interface BundleError {
  field: string
  message: string
}

export function blankBundle(code: string): Bundle {
  return { code, name: '', lifeEvent: null, phrases: [], members: [], mergedForm: null, guide: null }
}

/** The next free code "B" + three digits after the highest one in use (B044 after B043). */
export function nextBundleCode(existing: readonly string[]): string {
  let highest = 0
  for (const code of existing) {
    const m = /^B(\d+)$/.exec(code)
    if (m) highest = Math.max(highest, Number(m[1]))
  }
  return `B${String(highest + 1).padStart(3, '0')}`
}

/** The members by group, groups in order (1, 2, …), members in their order within the group. */
export function memberGroups(members: readonly BundleMember[]): { group: number; members: BundleMember[] }[] {
  const groups = new Map<number, BundleMember[]>()
  for (const m of [...members].sort((a, b) => a.group - b.group)) {
    const list = groups.get(m.group) ?? []
    list.push(m)
    groups.set(m.group, list)
  }
  return [...groups.entries()].map(([group, list]) => ({ group, members: list }))
}

/** Renumbers the groups 1, 2, 3 … in their order, so that an emptied group leaves no gap. */
export function compactGroups(members: readonly BundleMember[]): BundleMember[] {
  const order = [...new Set(members.map((m) => m.group))].sort((a, b) => a - b)
  return members.map((m) => ({ ...m, group: order.indexOf(m.group) + 1 }))
}

/** What the form refuses to save: name, ≥ 2 members, no member twice, merged fields named once and shared by members only. */
export function bundleErrors(bundle: Bundle): BundleError[] {
  const errors: BundleError[] = []
  if (!/^[A-Za-z0-9_-]{1,20}$/.test(bundle.code)) errors.push({ field: 'code', message: '编码为字母、数字，如 B044' })
  if (!bundle.name.trim()) errors.push({ field: 'name', message: '请输入一件事名称' })
  const codes = bundle.members.map((m) => m.situation)
  const twice = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))]
  if (codes.length < 2) errors.push({ field: 'members', message: '一件事至少包含两个办事情形' })
  if (twice.length > 0) errors.push({ field: 'members', message: `情形 ${twice.join('、')} 重复加入` })
  const members = new Set(codes)
  const seen = new Set<string>()
  ;(bundle.mergedForm?.fields ?? []).forEach((f, i) => {
    const name = f.name.trim()
    if (!name) errors.push({ field: `fields.${i}.name`, message: '请输入字段名' })
    else if (seen.has(name)) errors.push({ field: `fields.${i}.name`, message: `字段名 ${name} 重复` })
    seen.add(name)
    const strangers = f.sharedBy.filter((c) => !members.has(c))
    if (strangers.length > 0)
      errors.push({ field: `fields.${i}.sharedBy`, message: `${strangers.join('、')} 不是本事项的成员` })
  })
  if (bundle.mergedForm && !bundle.mergedForm.name.trim()) errors.push({ field: 'mergedForm.name', message: '请输入合并表单名称' })
  return errors
}

/** Trimmed texts, empty ones as null, blank phrases dropped, groups renumbered: what the back end stores. */
export function cleanBundle(bundle: Bundle): Bundle {
  const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null)
  return {
    code: bundle.code.trim(),
    name: bundle.name.trim(),
    lifeEvent: text(bundle.lifeEvent),
    phrases: bundle.phrases.map((p) => p.trim()).filter((p) => p.length > 0),
    members: compactGroups(bundle.members),
    mergedForm: bundle.mergedForm
      ? {
          name: bundle.mergedForm.name.trim(),
          fields: bundle.mergedForm.fields.map((f) => ({
            name: f.name.trim(),
            label: f.label.trim(),
            sample: f.sample.trim(),
            sharedBy: [...f.sharedBy],
          })),
        }
      : null,
    guide: text(bundle.guide),
  }
}

/** The draft problems of one bundle (the publish check says where as "一件事 <code> <name>"). */
export function isBundleProblemOf(where: string, code?: string): boolean {
  return code ? where.startsWith(`一件事 ${code} `) || where === `一件事 ${code}` : where.startsWith('一件事 ')
}
