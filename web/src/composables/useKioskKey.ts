// The device key of a paired kiosk (自助机配对). A site administrator adds the kiosk and gets a one-time
// pairing code; the kiosk page exchanges it for a long random device key, keeps it in localStorage and
// sends it as X-Kiosk-Key with every ticket and 预约签到. When the server refuses the key (revoked,
// unknown, another site) the page forgets it and shows the pairing screen again.
import { readonly, ref } from 'vue'

export const KIOSK_KEY_HEADER = 'X-Kiosk-Key'
export const KIOSK_STORAGE_KEY = 'onewindow.kiosk'
/** The problem codes that mean "this browser is not (or no longer) a paired kiosk of this site". */
export const KIOSK_REFUSALS = ['queue.kiosk-not-paired', 'queue.kiosk-other-site'] as const

export interface StoredKiosk {
  key: string
  kioskId: number
  siteId: number
  name: string
}

function read(): StoredKiosk | null {
  try {
    const raw = globalThis.localStorage?.getItem(KIOSK_STORAGE_KEY)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<StoredKiosk>
    return typeof value.key === 'string' && typeof value.siteId === 'number' && typeof value.kioskId === 'number'
      ? { key: value.key, kioskId: value.kioskId, siteId: value.siteId, name: String(value.name ?? '') }
      : null
  } catch {
    return null
  }
}

const stored = ref<StoredKiosk | null>(read())

/** The pairing this browser holds (reactive), null when none. */
export const pairedKiosk = readonly(stored)

export function rememberKiosk(kiosk: StoredKiosk): void {
  globalThis.localStorage?.setItem(KIOSK_STORAGE_KEY, JSON.stringify(kiosk))
  stored.value = kiosk
}

export function forgetKiosk(): void {
  globalThis.localStorage?.removeItem(KIOSK_STORAGE_KEY)
  stored.value = null
}

/** The request headers of the paired kiosk (none when unpaired: the server then refuses, as it should). */
export function kioskHeaders(): Record<string, string> {
  return stored.value ? { [KIOSK_KEY_HEADER]: stored.value.key } : {}
}

/** Whether a refusal means the kiosk must be paired (again). */
export function isKioskRefusal(code: string | undefined): boolean {
  return code !== undefined && (KIOSK_REFUSALS as readonly string[]).includes(code)
}

/** The 8 digits of a pairing code as typed or scanned ("1234 5678", "1234-5678"), or null. */
export function pairingDigits(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '')
  return /^\d{8}$/.test(digits) ? digits : null
}
