import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MaterialRequirement, Situation } from '@/api/types'
import { blankMaterial } from '@/domain/catalog'
import {
  answerOf,
  bundleChecklist,
  bundleMaterialCounts,
  bundleShortName,
  narrow,
  nextQuestion,
  orJoin,
  whereLine,
  type Answer,
} from '@/domain/guidance'
import { hallService, ticketCategoryText } from '@/domain/hallServices'
import { createIdleTimer } from '@/utils/idle'

function situation(code: string, overrides: Partial<Situation> = {}): Situation {
  return {
    code,
    itemCode: code.slice(0, 10),
    name: code,
    action: 'NEW',
    actionDetail: null,
    applicantType: 'ENTERPRISE',
    mode: 'PROMISED',
    promisedDays: 5,
    acceptLevels: ['COUNTY'],
    decideLevels: ['COUNTY'],
    villageCollect: false,
    conditions: [],
    materials: [],
    forms: [],
    steps: [],
    guide: null,
    faqs: [],
    aliases: [],
    phrases: [],
    ...overrides,
  }
}

function material(name: string, overrides: Partial<MaterialRequirement> = {}): MaterialRequirement {
  return { ...blankMaterial(), name, ...overrides }
}

// 食品经营许可 as the shipped handbook has it (15 situations).
const food: Situation[] = [
  ['01', 'NEW', '新办-餐饮服务', 'ENTERPRISE'],
  ['02', 'NEW', '新办-食品销售', 'ENTERPRISE'],
  ['03', 'NEW', '新办-集体用餐配送/中央厨房', 'ENTERPRISE'],
  ['04', 'NEW', '新办-餐饮服务', 'INDIVIDUAL_BUSINESS'],
  ['05', 'NEW', '新办-食品销售', 'INDIVIDUAL_BUSINESS'],
  ['06', 'NEW', '新办-单位食堂', 'ORGANIZATION'],
  ['07', 'CHANGE', '变更-名称/法定代表人/负责人', 'ENTERPRISE'],
  ['08', 'CHANGE', '变更-经营项目', 'ENTERPRISE'],
  ['09', 'CHANGE', '变更-名称/经营项目', 'INDIVIDUAL_BUSINESS'],
  ['10', 'RENEW', '延续', 'ENTERPRISE'],
  ['11', 'RENEW', '延续', 'INDIVIDUAL_BUSINESS'],
  ['12', 'CANCEL', '注销', 'ENTERPRISE'],
  ['13', 'CANCEL', '注销', 'INDIVIDUAL_BUSINESS'],
  ['14', 'REISSUE', '补证', 'ENTERPRISE'],
  ['15', 'REISSUE', '补证', 'INDIVIDUAL_BUSINESS'],
].map(([n, action, actionDetail, applicantType]) =>
  situation(`0101010000-${n}`, {
    action: action as Situation['action'],
    actionDetail: actionDetail!,
    applicantType: applicantType as Situation['applicantType'],
    name: `食品经营许可（${actionDetail}）`,
  }),
)

/** Answers the questions by option label until one situation remains; returns the questions asked. */
function answer(situations: Situation[], labels: string[], itemName = ''): { asked: string[]; left: Situation[] } {
  const answers: Answer[] = []
  const asked: string[] = []
  for (const label of labels) {
    const q = nextQuestion(narrow(situations, answers), itemName)
    if (!q) break
    asked.push(q.text)
    const option = q.options.find((o) => o.label === label)
    if (!option) throw new Error(`no option ${label} in ${q.text}: ${q.options.map((o) => o.label).join(', ')}`)
    answers.push(answerOf(q, option))
  }
  return { asked, left: narrow(situations, answers) }
}

describe('narrowing an item to one situation', () => {
  it('asks the applicant, then the action, then what changes', () => {
    const { asked, left } = answer(food, ['企业', '变更', '经营项目'])
    expect(asked).toEqual(['是企业、个体工商户还是机关事业单位或社会组织？', '是新办、变更、延续、注销还是补证？', '变更什么？'])
    expect(left.map((s) => s.code)).toEqual(['0101010000-08'])
  })

  it('offers a handful of situations told apart by their details in one question', () => {
    const q = nextQuestion(narrow(food, [answerOf(nextQuestion(food)!, nextQuestion(food)!.options[1]!)]))!
    // 个体工商户: six situations, all different → one question, one click
    expect(q.key).toBe('detail')
    expect(q.text).toBe('具体是哪种情况？')
    expect(q.options.map((o) => o.label)).toEqual(['新办：餐饮服务', '新办：食品销售', '变更：名称/经营项目', '延续', '注销', '补证'])
  })

  it('names the action by the words of its details when they agree', () => {
    const licence = [
      situation('1001009000-01', { action: 'REISSUE', actionDetail: '补领', applicantType: 'ENTERPRISE' }),
      situation('1001009000-02', { action: 'REISSUE', actionDetail: '补领', applicantType: 'INDIVIDUAL_BUSINESS' }),
      situation('1001009000-03', { action: 'RENEW', actionDetail: '换发', applicantType: 'ENTERPRISE' }),
      situation('1001009000-04', { action: 'RENEW', actionDetail: '换发', applicantType: 'INDIVIDUAL_BUSINESS' }),
    ]
    const { asked, left } = answer(licence, ['个体工商户', '换发'])
    expect(asked).toEqual(['是企业还是个体工商户？', '是补领还是换发？'])
    expect(left.map((s) => s.code)).toEqual(['1001009000-04'])
  })

  it('falls back to the names when nothing else tells situations apart', () => {
    const company = [
      situation('0101001000-01', { actionDetail: '设立', name: '公司设立登记-有限责任公司' }),
      situation('0101001000-02', { actionDetail: '设立', name: '公司设立登记-股份有限公司' }),
      situation('0101001000-03', { actionDetail: '设立-分公司', name: '公司设立登记-分公司' }),
    ]
    const first = nextQuestion(company, '公司设立登记')!
    expect(first.key).toBe('detail')
    expect(first.options.map((o) => o.label)).toEqual(['设立', '分公司'])
    const { asked, left } = answer(company, ['设立', '股份有限公司'], '公司设立登记')
    expect(asked[1]).toBe('具体是哪一种？')
    expect(left.map((s) => s.code)).toEqual(['0101001000-02'])
  })

  it('asks nothing when one situation is left', () => {
    expect(nextQuestion([food[0]!])).toBeNull()
    expect(nextQuestion([])).toBeNull()
  })

  it('reaches every situation of the item', () => {
    for (const target of food) {
      const answers: Answer[] = []
      for (let i = 0; i < 6; i++) {
        const q = nextQuestion(narrow(food, answers))
        if (!q) break
        answers.push(answerOf(q, q.options.find((o) => o.codes.includes(target.code))!))
      }
      expect(narrow(food, answers).map((s) => s.code)).toEqual([target.code])
    }
  })
})

describe('one checklist for a bundle', () => {
  const licence = situation('A-01', {
    name: '个体工商户登记',
    materials: [material('身份证', { form: 'ORIGINAL_AND_COPY' }), material('经营场所使用证明')],
  })
  const food = situation('B-01', {
    name: '食品经营许可',
    materials: [
      material('身份证 ', { form: 'COPY', copies: 2 }),
      material('食品安全管理制度'),
      material('健康证明', { required: false, condition: '从业人员' }),
    ],
  })
  const fire = situation('C-01', { name: '消防检查', materials: [material('经营场所使用证明'), material('消防设施图')] })
  const bundle = {
    members: [
      { situation: 'C-01', group: 2 },
      { situation: 'A-01', group: 1 },
      { situation: 'B-01', group: 2 },
    ],
  }

  it('lists a document once, under the first member that asks for it, with the strictest form', () => {
    const list = bundleChecklist(bundle, [licence, food, fire])
    expect(list.map((m) => m.situation.code)).toEqual(['A-01', 'C-01', 'B-01'])
    expect(list[0]!.materials.map((m) => m.material.name)).toEqual(['身份证', '经营场所使用证明'])
    expect(list[0]!.materials[0]!.material.copies).toBe(2)
    expect(list[0]!.materials[0]!.material.form).toBe('ORIGINAL_AND_COPY')
    expect(list[0]!.materials[0]!.usedBy).toEqual(['A-01', 'B-01'])
    expect(list[1]!.materials.map((m) => m.material.name)).toEqual(['消防设施图'])
    expect(list[1]!.alreadyListed).toEqual(['经营场所使用证明'])
    expect(list[2]!.materials.map((m) => m.material.name)).toEqual(['食品安全管理制度', '健康证明'])
    expect(list[2]!.alreadyListed).toEqual(['身份证'])
    expect(bundleMaterialCounts(list)).toEqual({ merged: 5, total: 7 })
  })

  it('keeps a material required when any member requires it, and a pledge only when all allow it', () => {
    const a = situation('A', { materials: [material('证明', { required: false, condition: '有的话', pledgeAllowed: true })] })
    const b = situation('B', { materials: [material('证明', { required: true, pledgeAllowed: false })] })
    const [first] = bundleChecklist({ members: [{ situation: 'A', group: 1 }, { situation: 'B', group: 1 }] }, [a, b])
    expect(first!.materials[0]!.material).toMatchObject({ required: true, condition: null, pledgeAllowed: false })
  })
})

describe('guidance words', () => {
  it('shortens bundle names for the quick buttons', () => {
    expect(bundleShortName('开饭店（餐馆）一件事')).toBe('开饭店')
    expect(bundleShortName('企业开办一件事')).toBe('企业开办')
    expect(bundleShortName('身后一件事')).toBe('身后事')
    expect(bundleShortName('二手房转移登记及水电气过户一件事')).toBe('二手房转移登记')
  })

  it('joins choices as a question says them', () => {
    expect(orJoin(['企业', '个体工商户'])).toBe('企业还是个体工商户')
    expect(orJoin(['新办', '变更', '注销'])).toBe('新办、变更还是注销')
    expect(orJoin(['新办'])).toBe('新办')
  })

  it('says where an answer can be done', () => {
    expect(whereLine({ acceptableHere: true, nearestSite: null }, null)).toBe('本站可办')
    expect(whereLine({ acceptableHere: false, nearestSite: { id: 1, name: '青山县政务服务中心' } }, null)).toBe(
      '请到 青山县政务服务中心 办理',
    )
  })

  it('knows the hall services and their ticket categories', () => {
    const services = [{ code: 'SVC-ESCALATION', name: '办不成事反映', ticketCategory: 'C', description: '兜底' }]
    expect(hallService('SVC-ESCALATION', '办不成事反映', services).ticketCategory).toBe('C')
    expect(hallService('SVC-NEW', '新服务', services).description).toContain('导办台')
    expect(ticketCategoryText('D')).toBe('D 类号（帮办代办）')
  })
})

describe('the kiosk idle timer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fires after the quiet period and starts again on a touch', () => {
    const onIdle = vi.fn()
    const timer = createIdleTimer(60_000, onIdle, () => Date.now())
    vi.advanceTimersByTime(45_000)
    expect(timer.remaining()).toBe(15)
    timer.touch()
    vi.advanceTimersByTime(59_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
    expect(timer.remaining()).toBe(0)
    timer.stop()
  })
})
