import { describe, expect, it } from 'vitest'
import type { ItemSummary, MaterialRequirement, ServiceItem, Situation } from '@/api/types'
import {
  blankItem,
  blankMaterial,
  blankSituation,
  bringText,
  cleanSituation,
  departmentName,
  groupByDepartment,
  groupProblems,
  inLevelOrder,
  itemCodeOf,
  itemFacts,
  itemProblems,
  levelNames,
  mergeDraftItems,
  nextSituationCode,
  situationProblems,
  summaryOf,
  timeLimitText,
  whereText,
} from '@/domain/catalog'
import { filenameOf } from '@/api/client'
import { formatHallTime } from '@/utils/date'
import { versionLabel, versionParam } from '@/views/catalog/catalogVersions'

const food: ServiceItem = {
  ...blankItem(),
  code: '0101010000',
  department: 'SCJG',
  name: '食品经营许可',
  type: '01',
  volume: 'ENTERPRISE',
  legalBasis: '《中华人民共和国食品安全法》第三十五条',
  legalDays: 10,
  promisedDays: 5,
  lifeEvents: ['开办企业'],
  keywords: ['开饭店'],
}

function situation(overrides: Partial<Situation> = {}): Situation {
  return {
    ...blankSituation(food, '0101010000-01'),
    name: '食品经营许可（新办）-企业（餐饮服务）',
    materials: [{ ...blankMaterial(), name: '营业执照', source: 'GOVERNMENT', licenseType: '营业执照' }],
    steps: [
      { name: '受理', role: 'ACCEPTOR', department: 'SCJG', days: 0, countsInLimit: true },
      { name: '审查', role: 'APPROVER', department: 'SCJG', days: 3, countsInLimit: true },
    ],
    ...overrides,
  }
}

describe('texts for citizens', () => {
  it('says what to bring in plain words', () => {
    const m = (form: MaterialRequirement['form'], copies: number) => bringText({ form, copies })
    expect(m('ORIGINAL', 1)).toBe('原件 1份')
    expect(m('COPY', 2)).toBe('复印件 2份')
    expect(m('ORIGINAL_AND_COPY', 1)).toBe('原件（核验后退还）及复印件 1份')
    expect(m('COPY', 0)).toBe('复印件 1份')
  })

  it('says where it can be done, with the village proxy', () => {
    expect(whereText(['TOWN', 'COUNTY'], true)).toBe('县级、镇街可办；村（社区）便民服务站可代收代办')
    expect(whereText(['COUNTY'], false)).toBe('县级可办')
    expect(whereText(['COUNTY', 'TOWN', 'VILLAGE'], true)).toBe('县级、镇街、村（社区）可办')
  })

  it('puts levels in order from county down and names them', () => {
    expect(inLevelOrder(['VILLAGE', 'COUNTY'])).toEqual(['COUNTY', 'VILLAGE'])
    expect(inLevelOrder(['TOWN', 'NOWHERE'])).toEqual(['TOWN'])
    expect(levelNames(['VILLAGE', 'TOWN'])).toBe('镇街、村（社区）')
    expect(levelNames([])).toBe('—')
  })

  it('tells instant from promised', () => {
    expect(timeLimitText('INSTANT', 0)).toBe('即办件（当场办结）')
    expect(timeLimitText('PROMISED', 5)).toBe('承诺件 · 5个工作日')
  })

  it('lists the item facts with the department name', () => {
    const facts = itemFacts(food, departmentName('SCJG', { SCJG: '市场监管局' }))
    expect(facts.find((f) => f.key === 'department')?.value).toBe('市场监管局')
    expect(facts.find((f) => f.key === 'legalDays')?.value).toBe('10个工作日')
    expect(facts.find((f) => f.key === 'type')?.value).toBe('行政许可')
  })

  it('names a department, or shows its code when the name is not known', () => {
    expect(departmentName('SCJG', { SCJG: '青山县市场监督管理局' })).toBe('青山县市场监督管理局')
    expect(departmentName('XYZ', { SCJG: '青山县市场监督管理局' })).toBe('XYZ')
    expect(departmentName('SCJG')).toBe('SCJG')
  })
})

describe('publish checks before saving', () => {
  it('finds nothing wrong with a complete situation', () => {
    expect(situationProblems(situation(), food, new Set(['SCJG']))).toEqual([])
  })

  it('reports a conditional material without its condition, a missing form and an unknown department', () => {
    const problems = situationProblems(
      situation({
        materials: [{ ...blankMaterial(), name: '授权委托书', required: false, formTemplate: 'FT-X' }],
        steps: [{ name: '审查', role: 'APPROVER', department: 'ABC', days: 9, countsInLimit: true }],
      }),
      food,
      new Set(['SCJG']),
    )
    expect(problems).toEqual([
      '容缺/条件性材料“授权委托书”未写明需要提交的情形',
      '材料“授权委托书”引用的表格 FT-X 不存在',
      '步骤“审查”的部门 ABC 不存在',
      '各步骤计时合计9个工作日，超过承诺时限5个工作日',
    ])
  })

  it('does not count special procedures and wants instant steps at zero days', () => {
    const steps = [{ name: '公示', role: 'APPROVER' as const, department: 'SCJG', days: 20, countsInLimit: false }]
    expect(situationProblems(situation({ steps }), food)).toEqual([])
    expect(situationProblems(situation({ mode: 'INSTANT', steps }), food)).toEqual(['即办件的步骤时限应为0'])
  })

  it('checks the item code against the type and the time limits', () => {
    expect(itemProblems(food)).toEqual([])
    expect(itemProblems({ ...food, code: '2001010000' })).toEqual(['事项编码前两位应为事项类型代码 01'])
    expect(itemProblems({ ...food, code: '12' })).toEqual(['事项编码应为10位数字（2位类型+5位事项+3位子项）'])
    expect(itemProblems({ ...food, promisedDays: 12 })).toEqual(['承诺时限（12个工作日）超过法定时限（10个工作日）'])
  })

  it('groups problems by where they are', () => {
    expect(
      groupProblems([
        { field: '情形 A', message: '没有申请材料' },
        { field: '事项 B', message: '缺少事项名称或设定依据' },
        { field: '情形 A', message: '没有办理步骤' },
      ]),
    ).toEqual([
      { where: '情形 A', messages: ['没有申请材料', '没有办理步骤'] },
      { where: '事项 B', messages: ['缺少事项名称或设定依据'] },
    ])
  })
})

describe('editing', () => {
  it('numbers a new situation after the existing ones', () => {
    expect(nextSituationCode('0101010000', ['0101010000-01', '0101010000-02'])).toBe('0101010000-03')
    expect(nextSituationCode('0101010000', [])).toBe('0101010000-01')
    expect(itemCodeOf('0101010000-03')).toBe('0101010000')
  })

  it('inherits the item defaults in a new situation', () => {
    const s = blankSituation({ ...food, mode: 'INSTANT', villageCollect: true }, '0101010000-09')
    expect(s).toMatchObject({ itemCode: '0101010000', mode: 'INSTANT', promisedDays: 0, villageCollect: true })
    expect(s.steps[0]).toMatchObject({ department: 'SCJG', days: 0 })
  })

  it('stores blank texts as null and drops empty list entries', () => {
    const cleaned = cleanSituation(
      situation({
        actionDetail: '  ',
        conditions: [' 已取得营业执照 ', ''],
        materials: [{ ...blankMaterial(), name: ' 营业执照 ', condition: '不该留下', licenseType: '营业执照' }],
        faqs: [{ q: '', a: ' ' }, { q: ' 要多久？', a: '5个工作日 ' }],
        aliases: ['', '餐饮许可证'],
      }),
    )
    expect(cleaned.actionDetail).toBeNull()
    expect(cleaned.conditions).toEqual(['已取得营业执照'])
    expect(cleaned.materials[0]).toMatchObject({ name: '营业执照', condition: null, licenseType: null })
    expect(cleaned.faqs).toEqual([{ q: '要多久？', a: '5个工作日' }])
    expect(cleaned.aliases).toEqual(['餐饮许可证'])
  })
})

describe('browsing the draft', () => {
  const row = (code: string, name: string): ItemSummary => summaryOf({ ...food, code, name }, 1)

  it('drops removed items, marks changed ones and adds the new ones that match the filter', () => {
    const published = [row('0101010000', '食品经营许可'), row('0101020000', '食品生产许可')]
    const diff = {
      items: {
        added: [],
        removed: [{ code: '0101020000', name: '食品生产许可' }],
        changed: [{ code: '0101010000', name: '食品经营许可' }],
      },
    }
    const added = [
      { item: { ...food, code: '0101030000', name: '食品摊贩登记' }, situations: 2 },
      { item: { ...food, code: '2001030000', name: '失业登记', department: 'RSJ' }, situations: 1 },
    ]
    const rows = mergeDraftItems(published, diff, added, { department: 'SCJG', q: '食品' })
    expect(rows.map((r) => [r.code, r.mark])).toEqual([
      ['0101010000', 'changed'],
      ['0101030000', 'added'],
    ])
    const situationOnly = {
      items: { added: [], removed: [], changed: [] },
      situations: { added: [], removed: [], changed: [{ code: '0101020000-02', name: '食品生产许可（变更）' }] },
    }
    expect(mergeDraftItems(published, situationOnly, [], {}).map((r) => r.mark)).toEqual([undefined, 'changed'])
    expect(rows[1]).toMatchObject({ situations: 2, typeName: '行政许可', volumeName: '企业开办' })
  })

  it('groups by department in first-seen order', () => {
    const groups = groupByDepartment(['SCJG', 'RSJ', 'SCJG'], (d) => d)
    expect(groups).toEqual([
      { department: 'SCJG', entries: ['SCJG', 'SCJG'] },
      { department: 'RSJ', entries: ['RSJ'] },
    ])
  })

  it('reads the version from the address', () => {
    expect(versionParam('0')).toBe(0)
    expect(versionParam(['3'])).toBe(3)
    expect(versionParam('x')).toBeNull()
    expect(versionParam(undefined)).toBeNull()
    expect(versionLabel(0)).toBe('草稿')
    expect(versionLabel(2)).toBe('第 2 版')
  })
})

describe('downloads and times', () => {
  it('reads the file name of a download', () => {
    expect(filenameOf("attachment; filename*=UTF-8''%E5%8F%97%E7%90%86%E4%BA%8B%E5%85%B8-1.xlsx")).toBe('受理事典-1.xlsx')
    expect(filenameOf('attachment; filename="catalog-1.xlsx"')).toBe('catalog-1.xlsx')
    expect(filenameOf(null)).toBeNull()
  })

  it('shows a UTC instant in the hall time', () => {
    expect(formatHallTime('2026-11-21T06:03:40.561960Z')).toBe('2026-11-21 14:03:40')
    expect(formatHallTime('2026-11-21T14:03:40+08:00')).toBe('2026-11-21 14:03:40')
    expect(formatHallTime(null)).toBe('')
  })
})
