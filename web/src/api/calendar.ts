import { api } from './client'
import type { CalendarDay, CalendarYear, DayKind, WorkingDaysResult } from './types'

export const getCalendarYear = (year: number) => api.get<CalendarYear>(`/api/calendar/${year}`)

export const setCalendarDay = (date: string, kind: DayKind, name: string) =>
  api.put<CalendarDay | undefined>(`/api/calendar/days/${date}`, { kind, name })

/** Back to the default (Monday–Friday work, weekend rest). */
export const resetCalendarDay = (date: string) => api.delete(`/api/calendar/days/${date}`)

/** The date that is `days` working days after `from`. */
export const addWorkingDays = (from: string, days: number) =>
  api.get<WorkingDaysResult>('/api/calendar/working-days', { query: { from, days } })
