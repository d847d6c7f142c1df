import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { CaseHandover, CaseMaterial, MaterialStatus } from '@/api/types'
import {
  applicantProblems,
  caseDocuments,
  caseListTabs,
  checkAccept,
  checkDeficiency,
  checkInstant,
  checklistSummary,
  choiceUnavailableReason,
  deficiencyPledgeText,
  deficiencyTermsProblems,
  isCaseChanged,
  isMissing,
  findingProblems,
  noticePreview,
  outcomeChecks,
  pendingHandover,
  percentText,
  refusalsByLine,
  requirementText,
} from '@/domain/acceptance'

let next = 1
function line(name: string, status: MaterialStatus, more: Partial<CaseMaterial> = {}): CaseMaterial {
  return {
    line: next++,
    name,
    form: '原件',
    copies: 1,
    required: true,
    condition: null,
    key: false,
    pledgeAllowed: false,
    licenseType: null,
    source: '申请人提供',
    checkNotes: null,
    formTemplate: null,
    situationCodes: [],
    status: { code: status, label: status },
    note: null,
    licenseId: null,
    pledgeText: null,
    pledgeSigner: null,
    pledgedAt: null,
    owed: false,
    missing: false,
    fileIds: [],
    allowedStatuses: [],
    ...more,
  }
}

describe('material lines', () => {
  it('counts a required line as missing until handed in, reused or pledged', () => {
    expect(isMissing(line('身份证', 'MISSING'))).toBe(true)
    for (const s of ['PROVIDED_ORIGINAL', 'PROVIDED_COPY', 'E_LICENSE', 'PLEDGE'] as const) {
      expect(isMissing(line('身份证', s))).toBe(false)
    }
  })

  it('does not ask for a conditional line marked not applicable', () => {
    expect(isMissing(line('授权委托书', 'NOT_APPLICABLE', { required: false }))).toBe(false)
    expect(isMissing(line('授权委托书', 'MISSING', { required: false }))).toBe(true)
  })

  it('says why a choice is not offered', () => {
    expect(choiceUnavailableReason({ required: true, pledgeAllowed: true, licenseType: null }, 'NOT_APPLICABLE')).toBe(
      '必需材料不能标为不适用',
    )
    expect(choiceUnavailableReason({ required: true, pledgeAllowed: false, licenseType: null }, 'PLEDGE')).toContain('告知承诺')
    expect(choiceUnavailableReason({ required: true, pledgeAllowed: false, licenseType: null }, 'E_LICENSE')).toContain('电子证照')
    expect(choiceUnavailableReason({ required: false, pledgeAllowed: true, licenseType: '营业执照' }, 'E_LICENSE')).toBeNull()
  })

  it('summarises the checklist', () => {
    const lines = [
      line('a', 'PROVIDED_ORIGINAL'),
      line('b', 'MISSING', { key: true }),
      line('c', 'MISSING'),
      line('d', 'NOT_APPLICABLE', { required: false }),
    ]
    expect(checklistSummary(lines)).toEqual({ total: 3, done: 1, missing: 2, keyMissing: 1 })
  })

  it('writes the requirement as form and copies', () => {
    expect(requirementText({ form: '复印件', copies: 2 })).toBe('复印件 2份')
    expect(requirementText({ form: 'ORIGINAL', copies: 1 })).toBe('原件 1份')
    expect(requirementText({ form: '原件', copies: 0 })).toBe('原件')
  })
})

describe('outcomes (mirroring AcceptancePolicy)', () => {
  const complete = () => [line('申请表', 'PROVIDED_ORIGINAL'), line('身份证', 'E_LICENSE'), line('委托书', 'NOT_APPLICABLE', { required: false })]

  it('accepts a complete checklist and names every missing line otherwise', () => {
    expect(checkAccept(complete())).toEqual({ allowed: true, reasons: [] })
    const a = line('户口簿', 'MISSING')
    const b = line('照片', 'MISSING')
    const check = checkAccept([...complete(), a, b])
    expect(check.allowed).toBe(false)
    expect(check.reasons).toEqual([`第${a.line}项“户口簿”未提供`, `第${b.line}项“照片”未提供`])
  })

  it('does 即办 only for a 即办件 with everything there', () => {
    expect(checkInstant(true, complete()).allowed).toBe(true)
    expect(checkInstant(false, complete()).reasons).toEqual(['该事项为承诺件，不能即办'])
    const missing = line('照片', 'MISSING')
    expect(checkInstant(false, [missing]).reasons).toEqual(['该事项为承诺件，不能即办', `第${missing.line}项“照片”未提供`])
  })

  it('allows 容缺 only for missing non-key materials and not for blacklisted applicants', () => {
    expect(checkDeficiency(complete()).reasons).toEqual(['材料已齐全，无需容缺受理'])
    const nonKey = line('照片', 'MISSING')
    expect(checkDeficiency([...complete(), nonKey])).toEqual({ allowed: true, reasons: [] })
    const key = line('营业执照', 'MISSING', { key: true })
    expect(checkDeficiency([nonKey, key]).reasons).toEqual([`第${key.line}项“营业执照”为要件，不能容缺`])
    expect(checkDeficiency([nonKey], true).reasons).toEqual(['申请人在失信名单中，不适用容缺受理'])
  })

  it('checks the pledge and the deadline of 容缺 against the latest date the back end offers', () => {
    const base = { pledgeText: '承诺', today: '2026-11-20', latestDate: '2026-12-04', maxDays: 20 }
    expect(deficiencyTermsProblems({ ...base, deadline: '2026-12-01' })).toEqual([])
    expect(deficiencyTermsProblems({ ...base, deadline: '2026-12-04' })).toEqual([])
    expect(deficiencyTermsProblems({ ...base, deadline: '2026-11-20' })).toEqual(['补齐期限须晚于今天'])
    expect(deficiencyTermsProblems({ ...base, deadline: null })).toEqual(['补齐期限须晚于今天'])
    expect(deficiencyTermsProblems({ ...base, deadline: '2026-12-05' })).toEqual([
      '补齐期限不得晚于2026-12-04（不晚于承诺办结日期，且不超过20个工作日）',
    ])
    expect(deficiencyTermsProblems({ ...base, latestDate: '2026-12-18', maxDays: 15, deadline: '2026-12-21' })).toEqual([
      '补齐期限不得晚于2026-12-18（不晚于承诺办结日期，且不超过15个工作日）',
    ])
    expect(deficiencyTermsProblems({ ...base, latestDate: null, deadline: '2027-03-01' })).toEqual([])
    expect(deficiencyTermsProblems({ ...base, pledgeText: '  ', deadline: '2026-12-01' })).toEqual([
      '容缺受理须由申请人签署承诺书',
    ])
  })

  it('writes the standard pledge naming what is owed and by when', () => {
    expect(deficiencyPledgeText('张三', ['照片', '户口簿'], '2026-12-01')).toContain('“照片”、“户口簿”将于2026-12-01前补交')
  })

  it('disables what the case does not offer now, with the reason first', () => {
    const lines = [line('照片', 'MISSING')]
    const checks = outcomeChecks({ instant: false, materials: lines, actions: ['materials', 'accept', 'notice', 'reject'] })
    expect(checks.instant).toEqual({ allowed: false, reasons: ['该事项为承诺件，不能即办', `第${lines[0]!.line}项“照片”未提供`] })
    expect(checks.accept.allowed).toBe(false)
    expect(checks.deficiency.allowed).toBe(true)
    expect(checks.notice.allowed).toBe(true)
    expect(checks.reject.allowed).toBe(true)
    const after = outcomeChecks({ instant: true, materials: complete(), actions: ['delivery'] })
    expect(Object.values(after).every((c) => !c.allowed)).toBe(true)
    expect(after.accept.reasons).toEqual(['办件当前状态不能这样办理'])
  })
})

describe('one-time notice items', () => {
  it('lists every missing line with what is needed and why, as the back end prints it', () => {
    const photo = line('照片', 'MISSING', { form: '原件', copies: 2, checkNotes: '近期免冠', pledgeAllowed: true })
    const idCopy = line('身份证复印件', 'MISSING', { form: '复印件', note: '复印件不清晰' })
    const proxy = line('委托书', 'MISSING', { required: false, condition: '委托他人办理的' })
    const licence = line('营业执照', 'MISSING', { licenseType: '营业执照' })
    const items = noticePreview([line('申请表', 'PROVIDED_ORIGINAL'), photo, idCopy, proxy, licence], [])
    expect(items.map((i) => [i.material, i.needed, i.why])).toEqual([
      ['照片', '原件 2 份；近期免冠；可签署告知承诺书替代', '受理事典规定的必需材料，未提供'],
      ['身份证复印件', '复印件 1 份', '复印件不清晰'],
      ['委托书', '原件 1 份', '适用情形：委托他人办理的'],
      ['营业执照', '原件 1 份；已有电子证照“营业执照”的可直接复用', '受理事典规定的必需材料，未提供'],
    ])
  })

  it('adds the clerk findings: a wrong handed-in line in its place, other things at the end', () => {
    const form = line('申请表', 'PROVIDED_ORIGINAL')
    const photo = line('照片', 'MISSING')
    const items = noticePreview(
      [form, photo],
      [
        { material: '房屋租赁合同', problem: '经营场所证明须为租赁合同' },
        { line: form.line, problem: '未签名' },
      ],
    )
    expect(items.map((i) => [i.line, i.material, i.why])).toEqual([
      [form.line, '申请表', '未签名'],
      [photo.line, '照片', '受理事典规定的必需材料，未提供'],
      [null, '房屋租赁合同', '经营场所证明须为租赁合同'],
    ])
  })

  it('asks every finding for its problem and a thing off the list for its name', () => {
    expect(findingProblems([{ line: 1, problem: '未签名' }, { material: '合同', problem: '过期' }])).toEqual([])
    expect(findingProblems([{ line: 1, problem: ' ' }, { material: '', problem: '过期' }])).toEqual([
      '第 1 条：请写明问题和原因',
      '第 2 条：请写明材料名称',
    ])
  })
})

describe('applicant', () => {
  it('asks a person for a valid ID number unless the ticket has one', () => {
    expect(applicantProblems({ kind: 'PERSON', name: '张三', idNumber: '110101199003070011' })).toEqual({})
    expect(applicantProblems({ kind: 'PERSON', name: '', idNumber: '' })).toEqual({
      name: '请填写申请人姓名',
      idNumber: '请核验并填写居民身份证号码',
    })
    expect(applicantProblems({ kind: 'PERSON', name: '张三', idNumber: '' }, true)).toEqual({})
    expect(applicantProblems({ kind: 'PERSON', name: '张三', idNumber: '110101199003070012' }).idNumber).toContain('不正确')
  })

  it('asks an organisation for its credit code and legal representative', () => {
    expect(applicantProblems({ kind: 'ORGANIZATION', name: '某公司', creditCode: '91350100M000100Y43', legalRepresentative: '李四' })).toEqual(
      {},
    )
    const p = applicantProblems({ kind: 'ORGANIZATION', name: '某公司', creditCode: '91350100M000100Y44', phone: '123' })
    expect(Object.keys(p).sort()).toEqual(['creditCode', 'legalRepresentative', 'phone'])
  })
})

describe('errors', () => {
  it('recognises a stale version', () => {
    expect(isCaseChanged(new ApiError({ status: 409, code: 'acceptance.case-changed' }))).toBe(true)
    expect(isCaseChanged(new ApiError({ status: 409, code: 'acceptance.case-wrong-status' }))).toBe(false)
    expect(isCaseChanged(new Error('x'))).toBe(false)
  })

  it('sorts a refusal by checklist line', () => {
    const e = new ApiError({
      status: 422,
      code: 'acceptance.materials-incomplete',
      errors: [
        { field: 'materials[2]', message: '第2项“照片”未提供' },
        { field: 'case', message: '该事项为承诺件，不能即办' },
        { field: 'materials[2]', message: 'again' },
      ],
    })
    const byLine = refusalsByLine(e)
    expect(byLine.get(2)).toEqual(['第2项“照片”未提供', 'again'])
    expect(byLine.get(0)).toEqual(['该事项为承诺件，不能即办'])
  })
})

describe('documents', () => {
  const base = { id: 7, status: { code: 'DRAFT' as const, label: '受理中' }, notices: [], deficiency: null, licenseIds: [] }

  it('offers the acceptance notice once accepted', () => {
    expect(caseDocuments({ ...base, acceptedAt: null })).toEqual([])
    expect(caseDocuments({ ...base, acceptedAt: '2026-11-20T10:00:00+08:00' }).map((d) => d.path)).toEqual([
      '/print/cases/7/acceptance-notice',
    ])
  })

  it('offers every notice, the pledge of 容缺, and the decision or termination that ended the case', () => {
    const notice = (id: number, code: 'ONE_TIME' | 'APPROVAL_SUPPLEMENT', seq: number) => ({
      id,
      kind: { code, label: '' },
      seq,
      issuedAt: '',
      issuedBy: null,
      department: null,
      reason: null,
      items: [],
      resolvedAt: null,
    })
    const docs = caseDocuments({
      ...base,
      status: { code: 'TERMINATED', label: '已终止' },
      acceptedAt: '2026-11-20T10:00:00+08:00',
      notices: [notice(3, 'ONE_TIME', 1), notice(9, 'APPROVAL_SUPPLEMENT', 1)],
      deficiency: { deadline: '2026-12-01', pledge: '承诺', signer: '张三', owed: ['照片'] },
    })
    expect(docs.map((d) => d.title)).toEqual([
      '一次性告知书（第 1 次）',
      '补正材料通知书（第 1 次）',
      '受理通知书',
      '容缺受理承诺书',
      '终止办理告知书',
    ])
    expect(docs[0]!.path).toBe('/print/cases/7/notices/3')
    expect(caseDocuments({ ...base, acceptedAt: '2026-11-20T10:00:00+08:00', licenseIds: [41] }).map((d) => d.path)).toEqual([
      '/print/cases/7/acceptance-notice',
      '/print/license/41',
    ])
    expect(caseDocuments({ ...base, status: { code: 'NOT_ACCEPTED', label: '不予受理' }, acceptedAt: null }).map((d) => d.kind)).toEqual([
      'not-accepted-decision',
    ])
  })
})

describe('quality', () => {
  it('writes the 补正 rate as a percentage', () => {
    expect(percentText(0.1234)).toBe('12.3%')
    expect(percentText(0)).toBe('0.0%')
    expect(percentText(1)).toBe('100.0%')
    expect(percentText(null)).toBe('—')
  })
})

describe('village proxy hand-overs', () => {
  const TOWN = 11
  const VILLAGE = 12
  function handover(receivedAt: string | null, toSiteId = TOWN): CaseHandover {
    return {
      id: 1,
      fromSiteId: VILLAGE,
      fromSite: '测试村便民服务站',
      toSiteId,
      toSite: '测试镇便民服务中心',
      materials: ['身份证（已收原件）'],
      note: null,
      sentAt: '2026-11-20T09:00:00+08:00',
      sentBy: '孙代办',
      receivedAt,
      receivedBy: receivedAt ? '郑镇受理' : null,
      discrepancies: null,
    }
  }
  const draft = { code: 'DRAFT', label: '受理中' } as const

  // who may receive it is the case's `receive` action, decided by the back end (VillageProxyIntegrationTests)
  it('finds the hand-over still travelling, none once received', () => {
    const travelling = { status: draft, handovers: [handover(null)] }
    expect(pendingHandover(travelling)?.toSiteId).toBe(TOWN)
    const received = { status: draft, handovers: [handover('2026-11-20T10:00:00+08:00')] }
    expect(pendingHandover(received)).toBeNull()
  })

  it('lists the 待接收 tab for the sites that receive hand-overs, not for village stations', () => {
    const pending = caseListTabs('TOWN').find((t) => t.key === 'handover')
    expect(pending).toEqual({ key: 'handover', label: '待接收', status: null, handover: 'PENDING' })
    expect(caseListTabs('COUNTY').some((t) => t.handover === 'PENDING')).toBe(true)
    expect(caseListTabs('VILLAGE').some((t) => t.handover)).toBe(false)
    expect(caseListTabs('VILLAGE').map((t) => t.key)).toContain('DRAFT')
  })
})
