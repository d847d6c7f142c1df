import dayjs from 'dayjs'

export const DATE_FORMAT = 'YYYY-MM-DD'
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss'

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10)
  const d = dayjs(value)
  return d.isValid() ? d.format(DATE_FORMAT) : String(value)
}

const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?/
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * YYYY-MM-DD HH:mm:ss in the hall's time, whatever time zone the browser is set to: an instant
 * from the back end with an offset (+08:00, or UTC "…Z" as Java's Instant is written) is shown at
 * UTC+8; a local date-time without offset as written.
 */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  if (typeof value === 'string') {
    if (ISO_WITH_OFFSET.test(value)) return formatHallTime(value)
    const m = ISO_LOCAL.exec(value)
    if (m) return `${m[1]} ${m[2]}${m[3] ?? ':00'}`
  }
  const d = dayjs(value)
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : String(value)
}

export function weekdayLabel(value: string | Date): string {
  return WEEKDAYS[dayjs(value).day()] ?? ''
}

const HALL_OFFSET_MINUTES = 8 * 60

/**
 * Today's date in the hall (UTC+8), whatever time zone the browser is set to: between 16:00 and
 * 24:00 UTC the hall is already a day ahead, and dates from the server (寄出日期, deadlines) are
 * hall dates.
 */
export function today(now: number = Date.now()): string {
  return new Date(now + HALL_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10)
}

/** HH:mm:ss of a moment in the hall's time (UTC+8), whatever time zone the device is set to (the board's clock). */
export function hallClock(now: number = Date.now()): string {
  return new Date(now + HALL_OFFSET_MINUTES * 60_000).toISOString().slice(11, 19)
}

/**
 * YYYY-MM-DD HH:mm:ss in the hall's time (UTC+8) for any ISO instant, also one written in UTC
 * ("…Z", as the catalog's version timestamps are).
 */
export function formatHallTime(value: string | null | undefined): string {
  if (!value) return ''
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return formatDateTime(value)
  const local = new Date(ms + HALL_OFFSET_MINUTES * 60_000).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`
}

/** 2026年11月21日, as official documents write dates (YYYY-MM-DD or an ISO timestamp in). */
export function chineseDate(value: string | null | undefined): string {
  if (!value) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.includes('T') ? formatHallTime(value) : value)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value
}
