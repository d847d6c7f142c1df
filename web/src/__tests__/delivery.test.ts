import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import {
  DELIVERY_TABS,
  failureEffect,
  itemsText,
  normalizeTrackingNumber,
  s10CheckDigit,
  tabCount,
  trackingNumberProblem,
} from '@/domain/delivery'
import { visibleLinks } from '@/router/menu'

// The same cases as CarrierUnitTests.java: the two sides must agree.
describe('tracking numbers', () => {
  it('takes EMS numbers of 13 digits or the S10 form with its check digit', () => {
    expect(trackingNumberProblem('EMS', '1234567890123')).toBeNull()
    expect(trackingNumberProblem('EMS', 'EA123456785CN')).toBeNull()
    expect(trackingNumberProblem('EMS', 'EA123456784CN')).toBe('EMS 单号的校验位不正确，请核对')
    expect(trackingNumberProblem('EMS', '123456789012')).toContain('13 位数字')
    expect(trackingNumberProblem('EMS', 'SF1234567890123')).not.toBeNull()
  })

  it('computes the S10 check digit with the UPU weights', () => {
    expect(s10CheckDigit('12345678')).toBe(5)
    expect(s10CheckDigit('10000000')).toBe(3)
    expect(s10CheckDigit('00000011')).toBe(6)
    expect(s10CheckDigit('02000000')).toBe(0)
    expect(s10CheckDigit('00000000')).toBe(5)
  })

  it('knows the SF and JD prefixes', () => {
    expect(trackingNumberProblem('SF', 'SF1234567890123')).toBeNull()
    expect(trackingNumberProblem('SF', 'SF123456789012')).toBeNull()
    expect(trackingNumberProblem('SF', 'SF12345678901')).toContain('顺丰速运')
    expect(trackingNumberProblem('SF', '1234567890123')).not.toBeNull()
    expect(trackingNumberProblem('JD', 'JDVA12345678901')).toBeNull()
    expect(trackingNumberProblem('JD', 'JD12345678901')).toBeNull()
    expect(trackingNumberProblem('JD', 'JDVAB12345678901')).not.toBeNull()
    expect(trackingNumberProblem('JD', 'JD1234')).not.toBeNull()
  })

  it('normalizes before checking and asks for the carrier first', () => {
    expect(normalizeTrackingNumber(' sf 1234-5678-90123 ')).toBe('SF1234567890123')
    expect(trackingNumberProblem('SF', ' sf 1234-5678-90123 ')).toBeNull()
    expect(trackingNumberProblem('', 'SF1234567890123')).toBe('请选择快递公司')
    expect(trackingNumberProblem('SF', '  ')).toBe('请填写快递单号')
  })
})

describe('delivery page', () => {
  it('has four tabs and 已送达 covers both final states', () => {
    expect(DELIVERY_TABS.map((t) => t.label)).toEqual(['待领取', '待寄出', '已寄出', '已送达'])
    const delivered = DELIVERY_TABS.find((t) => t.key === 'delivered')!
    expect(tabCount(delivered, { PICKED_UP: 2, SIGNED: 3, READY_FOR_PICKUP: 7 })).toBe(5)
    expect(tabCount(delivered, null)).toBe(0)
  })

  it('reloads after a conflict or a vanished delivery and stays on bad input', () => {
    expect(failureEffect(new ApiError({ status: 409, code: 'delivery.wrong-state' }))).toBe('reload')
    expect(failureEffect(new ApiError({ status: 404 }))).toBe('reload')
    expect(failureEffect(new ApiError({ status: 422, code: 'delivery.identity-mismatch' }))).toBe('stay')
    expect(failureEffect(new ApiError({ status: 400 }))).toBe('stay')
    expect(failureEffect(new Error('network'))).toBe('stay')
  })

  it('lists what is handed over with the licence numbers', () => {
    expect(
      itemsText([
        { title: '食品经营许可证', licenseNumber: 'JY13608990000001' },
        { title: '不予批准决定书', licenseNumber: null },
      ]),
    ).toBe('食品经营许可证 JY13608990000001；不予批准决定书')
  })

  it('is in the menu of delivery clerks and acceptors only', () => {
    expect(visibleLinks(['DELIVERY']).some((l) => l.path === '/delivery')).toBe(true)
    expect(visibleLinks(['ACCEPTOR']).some((l) => l.path === '/delivery')).toBe(true)
    expect(visibleLinks(['GUIDE', 'APPROVER']).some((l) => l.path === '/delivery')).toBe(false)
  })
})
