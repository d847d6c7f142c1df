// Format checks for regulated codes, mirroring the back end's value objects so that the
// user hears about a typo before submitting. The back end stays the judge.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** 居民身份证号码 (GB 11643): 18 characters, valid birth date, mod 11-2 check character. */
export function isValidIdNumber(value: string): boolean {
  const id = value.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) {
    return false
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!
  return ID_CHECK[sum % 11] === id[17]
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** 统一社会信用代码 (GB 32100): 18 characters from the code set, mod 31 check character. */
export function isValidCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase()
  if (code.length !== 18) return false
  let sum = 0
  for (let i = 0; i < 18; i++) {
    const v = CREDIT_CHARS.indexOf(code[i]!)
    if (v < 0) return false
    if (i < 17) sum += v * CREDIT_WEIGHTS[i]!
  }
  const check = (31 - (sum % 31)) % 31
  return CREDIT_CHARS[check] === code[17]
}

/** A mobile number, a landline with area code (extension allowed) or a short hotline like 12345. */
export function isValidPhone(value: string): boolean {
  const p = value.trim()
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(p) || /^1\d{4}$/.test(p)
}

/** 12-digit administrative division code. */
export function isValidRegionCode(value: string): boolean {
  return /^\d{12}$/.test(value.trim())
}

/** Login names: a letter first, then letters, digits, '.', '_' or '-'; 3–32 characters. */
export function isValidUsername(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9._-]{2,31}$/.test(value)
}

/** Passwords: at least 8 characters with both letters and digits (the back end may ask more). */
export function passwordProblem(value: string): string | null {
  if (value.length < 8) return '密码至少 8 位'
  if (value.length > 64) return '密码不超过 64 位'
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return '密码须同时包含字母和数字'
  return null
}

export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim())
}
