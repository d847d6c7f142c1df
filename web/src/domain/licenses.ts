// Texts of a licence (证照) as a certificate prints them.
import type { HolderKind, License, LicenseStatus } from '@/api/licenses'

/** 2026年11月21日 from YYYY-MM-DD (or an ISO date-time); '' when empty or not a date. */
export function chineseDate(value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!m) return ''
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** 自2026年11月21日至2031年11月20日, or 自2026年11月21日起长期有效. */
export function validityText(license: Pick<License, 'validFrom' | 'validUntil'>): string {
  const from = chineseDate(license.validFrom)
  return license.validUntil ? `自${from}至${chineseDate(license.validUntil)}` : `自${from}起长期有效`
}

/** What the holder's name and number are called on the certificate. */
export function holderLabels(kind: HolderKind): { name: string; id: string } {
  return kind === 'PERSON' ? { name: '姓名', id: '公民身份号码' } : { name: '名称', id: '统一社会信用代码' }
}

/** A licence that no longer stands (or not yet) is printed with its status across it, never as if valid. */
export function printWatermark(status: LicenseStatus, label: string): string | null {
  return status === 'VALID' ? null : label
}
