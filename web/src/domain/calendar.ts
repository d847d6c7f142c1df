import dayjs from 'dayjs'
import type { CalendarDay, DayKind } from '@/api/types'

// The working calendar: Monday–Friday work and weekends rest, except for the days the
// official holiday arrangement lists (holidays, and weekends worked instead / 调休上班).

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  HOLIDAY: '放假',
  WORKDAY: '调休上班',
}

export type DayState = 'workday' | 'weekend' | 'holiday' | 'makeup'

export interface DayCell {
  date: string
  day: number
  weekend: boolean
  state: DayState
  exception: CalendarDay | null
}

export function isWeekend(date: string): boolean {
  const d = dayjs(date).day()
  return d === 0 || d === 6
}

export function dayState(date: string, exception: CalendarDay | null | undefined): DayState {
  if (exception?.kind === 'HOLIDAY') return 'holiday'
  if (exception?.kind === 'WORKDAY') return 'makeup'
  return isWeekend(date) ? 'weekend' : 'workday'
}

export function isWorkingDay(state: DayState): boolean {
  return state === 'workday' || state === 'makeup'
}

/** Cells of one month in weeks starting on Monday; null pads the first week. */
export function monthCells(year: number, month: number, exceptions: ReadonlyMap<string, CalendarDay>): (DayCell | null)[] {
  const first = dayjs(new Date(year, month - 1, 1))
  const pad = (first.day() + 6) % 7
  const cells: (DayCell | null)[] = Array.from({ length: pad }, () => null)
  const count = first.daysInMonth()
  for (let day = 1; day <= count; day++) {
    const date = first.date(day).format('YYYY-MM-DD')
    const exception = exceptions.get(date) ?? null
    cells.push({ date, day, weekend: isWeekend(date), state: dayState(date, exception), exception })
  }
  return cells
}

export interface ExceptionRun {
  from: string
  to: string
  kind: DayKind
  name: string
  count: number
}

/** Groups consecutive exception days with the same kind and name (春节 2-15 … 2-23). */
export function exceptionRuns(days: readonly CalendarDay[]): ExceptionRun[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date))
  const runs: ExceptionRun[] = []
  for (const d of sorted) {
    const last = runs[runs.length - 1]
    if (last && last.kind === d.kind && last.name === d.name && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === d.date) {
      last.to = d.date
      last.count++
    } else {
      runs.push({ from: d.date, to: d.date, kind: d.kind, name: d.name, count: 1 })
    }
  }
  return runs
}

export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']
