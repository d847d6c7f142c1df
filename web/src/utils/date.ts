import dayjs from 'dayjs'

export const DATE_FORMAT = 'YYYY-MM-DD'
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss'

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = dayjs(value)
  return d.isValid() ? d.format(DATE_FORMAT) : String(value)
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = dayjs(value)
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : String(value)
}

export function weekdayLabel(value: string | Date): string {
  return WEEKDAYS[dayjs(value).day()] ?? ''
}

export function today(): string {
  return dayjs().format(DATE_FORMAT)
}
