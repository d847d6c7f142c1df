import { describe, expect, it } from 'vitest'
import type { Bundle } from '@/api/types'
import { blankBundle, bundleErrors, cleanBundle, compactGroups, isBundleProblemOf, memberGroups, nextBundleCode } from '@/domain/bundles'

function bundle(overrides: Partial<Bundle> = {}): Bundle {
  return {
    ...blankBundle('B044'),
    name: '开办餐饮店一件事',
    members: [
      { situation: '0101010000-01', group: 1 },
      { situation: '0201020000-01', group: 1 },
      { situation: '0301030000-01', group: 2 },
    ],
    mergedForm: {
      name: '联办申请表',
      fields: [{ name: 'companyName', label: '企业名称', sample: '某某餐饮有限公司', sharedBy: ['0101010000-01'] }],
    },
    ...overrides,
  }
}

const fields = (b: Bundle) => bundleErrors(b).map((e) => e.field)

describe('bundle editor rules', () => {
  it('accepts a sound bundle', () => {
    expect(bundleErrors(bundle())).toEqual([])
  })

  it('needs a name and at least two members', () => {
    const b = bundle({ name: ' ', members: [{ situation: '0101010000-01', group: 1 }] })
    expect(fields(b)).toEqual(expect.arrayContaining(['name', 'members']))
  })

  it('refuses a member twice', () => {
    const b = bundle({
      members: [
        { situation: 'A-01', group: 1 },
        { situation: 'A-01', group: 2 },
      ],
      mergedForm: null,
    })
    expect(bundleErrors(b)).toEqual([{ field: 'members', message: '情形 A-01 重复加入' }])
  })

  it('refuses fields shared by non-members and repeated field names', () => {
    const b = bundle()
    b.mergedForm!.fields.push({ name: 'companyName', label: '名称', sample: '', sharedBy: ['9999999999-01'] })
    expect(fields(b)).toEqual(['fields.1.name', 'fields.1.sharedBy'])
  })

  it('suggests the next free code', () => {
    expect(nextBundleCode(['B001', 'B043', 'X9'])).toBe('B044')
    expect(nextBundleCode([])).toBe('B001')
  })

  it('groups members in order and renumbers emptied groups', () => {
    const members = compactGroups([
      { situation: 'a', group: 3 },
      { situation: 'b', group: 0 },
      { situation: 'c', group: 3 },
    ])
    expect(memberGroups(members).map((g) => [g.group, g.members.map((m) => m.situation)])).toEqual([
      [1, ['b']],
      [2, ['a', 'c']],
    ])
  })

  it('cleans texts and tells its own publish problems', () => {
    const b = cleanBundle(bundle({ lifeEvent: ' ', guide: ' 先办执照 ', phrases: ['开饭店', ' '] }))
    expect([b.lifeEvent, b.guide, b.phrases]).toEqual([null, '先办执照', ['开饭店']])
    expect(isBundleProblemOf('一件事 B044 开办餐饮店一件事', 'B044')).toBe(true)
    expect(isBundleProblemOf('一件事 B0441 x', 'B044')).toBe(false)
    expect(isBundleProblemOf('事项 0101010000 食品经营许可')).toBe(false)
  })
})
