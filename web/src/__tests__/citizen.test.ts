import { describe, expect, it } from 'vitest'
import {
  applicantProblems,
  applicantRequest,
  codeButtonLabel,
  creditCodeProblem,
  defaultApplicantKind,
  deliveryProblems,
  formProblems,
  idNumberProblem,
  missingScans,
  normalizePhone,
  phoneProblem,
  retryAfter,
  scanExemption,
  scanProblem,
  secondsLeft,
  signInProblems,
  type ApplicantInput,
} from '@/domain/citizen'

const PERSON: ApplicantInput = { kind: 'PERSON', name: '张三', idNumber: '11010519491231002x', creditCode: '', legalRepresentative: '' }
const COMPANY: ApplicantInput = {
  kind: 'ORGANIZATION',
  name: '青山县某某餐饮有限公司',
  idNumber: '',
  creditCode: '91350100m000100y43',
  legalRepresentative: '李四',
}

describe('sign-in', () => {
  it('takes a mobile number as people type it', () => {
    expect(normalizePhone('138 1234-5678')).toBe('13812345678')
    expect(phoneProblem('138 1234 5678')).toBeNull()
    expect(phoneProblem('')).toBe('请输入手机号')
    expect(phoneProblem('1381234567')).toBe('手机号应为 11 位，现在是 10 位')
    expect(phoneProblem('12812345678')).toBe('请输入以 13–19 开头的手机号')
    expect(phoneProblem('1381234567a')).toBe('手机号只能包含数字')
  })

  it('asks for the phone before sending a code and for six digits before signing in', () => {
    expect(signInProblems({ phone: '13812345678', code: '' }, false)).toEqual({})
    expect(signInProblems({ phone: '13812345678', code: '' })).toEqual({ code: '请输入短信验证码' })
    expect(signInProblems({ phone: '13812345678', code: '12345' })).toEqual({ code: '验证码为 6 位数字' })
    expect(signInProblems({ phone: '13812345678', code: ' 004711 ' })).toEqual({})
    expect(signInProblems({ phone: '1', code: 'abcdef' })).toHaveProperty('phone')
  })

  it('counts down the 60 seconds before another code, rounding up', () => {
    expect(secondsLeft(60_000, 0)).toBe(60)
    expect(secondsLeft(60_000, 500)).toBe(60)
    expect(secondsLeft(60_000, 59_001)).toBe(1)
    expect(secondsLeft(60_000, 60_000)).toBe(0)
    expect(secondsLeft(60_000, 90_000)).toBe(0)
    expect(codeButtonLabel(58, true)).toBe('58 秒后重新获取')
    expect(codeButtonLabel(0, false)).toBe('获取验证码')
    expect(codeButtonLabel(0, true)).toBe('重新获取')
    expect(codeButtonLabel(120, true)).toBe('120 秒后重新获取')
    expect(codeButtonLabel(2400, true)).toBe('40 分钟后重新获取')
  })

  it('waits as long as a 429 asks: retryAfterSeconds first, else the seconds in the message', () => {
    expect(retryAfter({ retryAfterSeconds: 2400, detail: '操作过于频繁，请 40 分钟后再试' })).toBe(2400)
    expect(retryAfter({ detail: '验证码刚刚已发送，请 45 秒后再获取' })).toBe(45)
    expect(retryAfter({ retryAfterSeconds: 45, detail: '验证码刚刚已发送，请 45 秒后再获取' })).toBe(45)
    expect(retryAfter({ detail: '请明天再试' })).toBeNull()
  })
})

describe('applicant', () => {
  it('checks ID numbers and credit codes with their check characters', () => {
    expect(idNumberProblem('11010519491231002x')).toBeNull()
    expect(idNumberProblem('110105194912310021')).toContain('校验位')
    expect(idNumberProblem('1101051949')).toBe('身份证号应为 18 位（最后一位可以是 X）')
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91350100M000100Y44')).toContain('校验位')
    expect(creditCodeProblem('91350100')).toBe('统一社会信用代码应为 18 位，现在是 8 位')
  })

  it('asks a person for name and ID number, an organisation for name, credit code and legal representative', () => {
    expect(applicantProblems(PERSON)).toEqual({})
    expect(applicantProblems(COMPANY)).toEqual({})
    expect(applicantProblems({ ...PERSON, name: ' ', idNumber: '' })).toEqual({
      name: '请输入申请人姓名',
      idNumber: '请输入身份证号',
    })
    expect(Object.keys(applicantProblems({ ...COMPANY, creditCode: '', legalRepresentative: '' }))).toEqual([
      'creditCode',
      'legalRepresentative',
    ])
    // an organisation is not asked for an ID number, a person not for a credit code
    expect(applicantProblems({ ...COMPANY, idNumber: 'x' })).toEqual({})
    expect(applicantProblems({ ...PERSON, creditCode: 'x' })).toEqual({})
  })

  it('sends only the fields of the kind, trimmed and in upper case', () => {
    expect(applicantRequest(PERSON)).toEqual({ kind: 'PERSON', name: '张三', idNumber: '11010519491231002X' })
    expect(applicantRequest(COMPANY)).toEqual({
      kind: 'ORGANIZATION',
      name: '青山县某某餐饮有限公司',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '李四',
    })
  })

  it('lets a person found an enterprise and an existing enterprise apply for itself', () => {
    expect(defaultApplicantKind('PERSON', 'REISSUE')).toBe('PERSON')
    expect(defaultApplicantKind('ENTERPRISE', 'NEW')).toBe('PERSON')
    expect(defaultApplicantKind('ENTERPRISE', 'CHANGE')).toBe('ORGANIZATION')
    expect(defaultApplicantKind('INDIVIDUAL_BUSINESS', 'CHANGE')).toBe('PERSON')
  })
})

describe('form, scans and delivery', () => {
  it('wants every field of the form filled in', () => {
    const fields = [
      { name: 'shopName', label: '店铺名称' },
      { name: 'address', label: '经营地址' },
    ]
    expect(formProblems(fields, { shopName: '老张面馆', address: '青山镇解放路 8 号' })).toEqual({})
    const problems = formProblems(fields, { shopName: '  ' })
    expect(Object.keys(problems)).toEqual(['shopName', 'address'])
    expect(problems.address).toContain('经营地址')
    expect(formProblems(fields, { shopName: 'x'.repeat(501), address: 'y' })).toHaveProperty('shopName')
  })

  it('needs scans of the required materials the citizen holds, not of forms or e-licences', () => {
    const lines = [
      { name: '申请书', required: true, source: 'APPLICANT', formTemplate: 'FT-1', n: 0 },
      { name: '营业执照', required: true, source: 'GOVERNMENT', formTemplate: null, n: 0 },
      { name: '租赁合同', required: true, source: 'APPLICANT', formTemplate: null, n: 0 },
      { name: '健康证明', required: true, source: 'APPLICANT', formTemplate: null, n: 2 },
      { name: '授权委托书', required: false, source: 'APPLICANT', formTemplate: null, n: 0 },
    ]
    expect(scanExemption(lines[0]!)).toBe('已在线填写')
    expect(scanExemption(lines[1]!)).toBe('窗口调取电子证照')
    expect(scanExemption(lines[2]!)).toBeNull()
    expect(missingScans(lines, (l) => l.n)).toEqual(['租赁合同'])
  })

  it('takes PDF, JPEG and PNG up to 10 MB', () => {
    expect(scanProblem({ name: 'a.pdf', size: 1000, type: 'application/pdf' })).toBeNull()
    expect(scanProblem({ name: 'IMG_1.HEIC.jpg', size: 1000, type: '' })).toBeNull()
    expect(scanProblem({ name: 'a.docx', size: 1000, type: 'application/msword' })).toContain('不是 PDF')
    expect(scanProblem({ name: 'big.png', size: 11 * 1024 * 1024, type: 'image/png' })).toContain('超过 10 MB')
    expect(scanProblem({ name: 'empty.png', size: 0, type: 'image/png' })).toContain('空文件')
  })

  it('needs recipient, mobile and a full address only for mailing', () => {
    expect(deliveryProblems({ method: 'PICKUP', recipient: '', phone: '', address: '' })).toEqual({})
    expect(
      deliveryProblems({ method: 'MAIL', recipient: '张三', phone: '13812345678', address: '江西省青山县青山镇解放路 8 号' }),
    ).toEqual({})
    const problems = deliveryProblems({ method: 'MAIL', recipient: '', phone: '123', address: '解放路' })
    expect(problems.recipient).toBe('请输入收件人')
    expect(problems.phone).toContain('收件人手机号')
    expect(problems.address).toContain('门牌号')
  })
})
