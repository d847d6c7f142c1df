import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  KIOSK_STORAGE_KEY,
  forgetKiosk,
  isKioskRefusal,
  kioskHeaders,
  pairedKiosk,
  pairingDigits,
  rememberKiosk,
} from '@/composables/useKioskKey'

describe('kiosk pairing (自助机配对)', () => {
  beforeEach(() => {
    const items = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => void items.set(name, value),
      removeItem: (name: string) => void items.delete(name),
    })
    forgetKiosk()
  })

  it('keeps the device key in localStorage and sends it as X-Kiosk-Key', () => {
    expect(kioskHeaders()).toEqual({})
    rememberKiosk({ key: 'k'.repeat(43), kioskId: 7, siteId: 3, name: '1号自助机' })
    expect(pairedKiosk.value?.siteId).toBe(3)
    expect(kioskHeaders()).toEqual({ 'X-Kiosk-Key': 'k'.repeat(43) })
    expect(JSON.parse(localStorage.getItem(KIOSK_STORAGE_KEY)!).kioskId).toBe(7)
    forgetKiosk()
    expect(pairedKiosk.value).toBeNull()
    expect(localStorage.getItem(KIOSK_STORAGE_KEY)).toBeNull()
    expect(kioskHeaders()).toEqual({})
  })

  it('takes a pairing code as typed or shown, only 8 digits', () => {
    expect(pairingDigits('1234 5678')).toBe('12345678')
    expect(pairingDigits('1234-5678')).toBe('12345678')
    expect(pairingDigits('1234567')).toBeNull()
    expect(pairingDigits('1234567X')).toBeNull()
  })

  it('knows the refusals that send the kiosk back to pairing', () => {
    expect(isKioskRefusal('queue.kiosk-not-paired')).toBe(true)
    expect(isKioskRefusal('queue.kiosk-other-site')).toBe(true)
    expect(isKioskRefusal('queue.category-unknown')).toBe(false)
    expect(isKioskRefusal(undefined)).toBe(false)
  })
})
