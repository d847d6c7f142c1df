// Rules and texts of the queue (叫号) screens: lanes, counter states, waiting texts, what a matter
// takes a ticket for, the light checks of the phone and ID number, appointment slots by day.
import { isApiError } from '@/api/client'
import type {
  AppointmentSlot,
  CheckInRequest,
  CounterState,
  FloorCategory,
  IssueTicketRequest,
  KioskState,
  QueueCall,
  SlotDayKind,
  TicketChannel,
  TicketPriority,
} from '@/api/types'
import { weekdayLabel } from '@/utils/date'

/** The lanes a guide may set after seeing the certificate (老年人 comes from the ID number). */
export const DESK_PRIORITIES: { value: TicketPriority | ''; label: string }[] = [
  { value: '', label: '无' },
  { value: 'DISABLED', label: '残疾人' },
  { value: 'PREGNANT', label: '孕妇' },
  { value: 'MILITARY', label: '军人' },
]

export const COUNTER_STATE_LABELS: Record<CounterState, string> = {
  CLOSED: '未签到',
  OPEN: '叫号中',
  PAUSED: '暂停',
}

export const COUNTER_STATE_TAGS: Record<CounterState, 'info' | 'success' | 'warning'> = {
  CLOSED: 'info',
  OPEN: 'success',
  PAUSED: 'warning',
}

export const DAY_KIND_LABELS: Record<SlotDayKind, string> = {
  WORKDAY: '工作日',
  SATURDAY: '周六',
  SUNDAY: '周日',
}

export function counterStateLabel(state: string): string {
  return COUNTER_STATE_LABELS[state as CounterState] ?? state
}

/** "约 25 分钟", "约 1 小时 10 分钟", "无需等候"; a dash when unknown. */
export function waitText(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || Number.isNaN(minutes)) return '—'
  const m = Math.max(0, Math.round(minutes))
  if (m === 0) return '无需等候'
  if (m < 60) return `约 ${m} 分钟`
  const h = Math.floor(m / 60)
  const rest = m % 60
  return rest === 0 ? `约 ${h} 小时` : `约 ${h} 小时 ${rest} 分钟`
}

/** "前面还有 3 人", "您是下一位"; a dash when unknown (not waiting). */
/** The server stops counting people ahead at this many. */
export const PEOPLE_AHEAD_CAP = 200

export function peopleAheadText(count: number | null | undefined): string {
  if (count === null || count === undefined) return '—'
  if (count >= PEOPLE_AHEAD_CAP) return `前面还有 ${PEOPLE_AHEAD_CAP} 人以上`
  return count <= 0 ? '您是下一位' : `前面还有 ${count} 人`
}

/** "12 分 30 秒" for a service time in seconds. */
export function durationText(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return ''
  const s = Math.max(0, Math.round(seconds))
  const m = Math.floor(s / 60)
  return m > 0 ? `${m} 分 ${s % 60} 秒` : `${s} 秒`
}

/** What the matter on screen takes a ticket for; null while it is not known yet (an item not narrowed). */
export type MatterOfTicket =
  | { type: 'SITUATION'; code: string }
  | { type: 'ITEM'; resolved: string | null }
  | { type: 'BUNDLE'; members: string[] }
  | { type: 'SERVICE'; code: string }

export function ticketMatter(matter: MatterOfTicket): Pick<IssueTicketRequest, 'situationCodes' | 'serviceCode'> | null {
  switch (matter.type) {
    case 'SITUATION':
      return { situationCodes: [matter.code] }
    case 'ITEM':
      return matter.resolved ? { situationCodes: [matter.resolved] } : null
    case 'BUNDLE':
      // The members' situations: the back end routes by the first one's department, else A.
      return { situationCodes: [...new Set(matter.members)] }
    case 'SERVICE':
      return { serviceCode: matter.code }
  }
}

export interface ContactInput {
  phone: string
  idNumber: string
}

/** Light checks before issuing (both optional): 11-digit mobile starting with 1, 18-character ID number. */
export function contactProblems(input: ContactInput): Partial<Record<keyof ContactInput, string>> {
  const problems: Partial<Record<keyof ContactInput, string>> = {}
  const phone = input.phone.trim()
  const id = input.idNumber.trim()
  if (phone && !/^1\d{10}$/.test(phone)) problems.phone = '手机号应为以 1 开头的 11 位数字'
  if (id && !/^\d{17}[\dXx]$/.test(id)) problems.idNumber = '身份证号应为 18 位（最后一位可以是 X）'
  return problems
}

/** The issue request: the matter, the contact fields when filled in, the lane when one was chosen. */
export function ticketRequest(
  channel: TicketChannel,
  matter: Pick<IssueTicketRequest, 'category' | 'situationCodes' | 'serviceCode'>,
  contact: ContactInput,
  priority: TicketPriority | '' | null = null,
): IssueTicketRequest {
  const body: IssueTicketRequest = { ...matter, channel }
  const phone = contact.phone.trim()
  const id = contact.idNumber.trim().toUpperCase()
  if (phone) body.phone = phone
  if (id) body.idNumber = id
  if (priority) body.priority = priority
  return body
}

/** One box at the kiosk for 预约签到: an 18-character ID number, otherwise the booking code. */
export function checkInRequest(text: string): CheckInRequest | null {
  const value = text.trim().toUpperCase()
  if (!value) return null
  return /^\d{17}[\dX]$/.test(value) ? { idNumber: value } : { code: value }
}

/** 409 `queue.empty`: nobody is waiting for this counter (information, not an error). */
export function isQueueEmpty(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'queue.empty'
}

/** How often a call is spoken: a first call twice, a recall once more. */
export function timesToSpeak(call: Pick<QueueCall, 'kind'>): number {
  return call.kind === 'RECALL' ? 1 : 2
}

/** The categories whose wait alert has just turned on (to notify once), and the new set of alerting codes. */
export function newAlerts(previous: ReadonlySet<string>, categories: readonly FloorCategory[]): { fresh: FloorCategory[]; now: Set<string> } {
  const now = new Set(categories.filter((c) => c.alert).map((c) => c.code))
  return { fresh: categories.filter((c) => c.alert && !previous.has(c.code)), now }
}

/** "11月21日 星期六" */
export function dayLabel(day: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(day)
  if (!m) return day
  return `${Number(m[1])}月${Number(m[2])}日 ${weekdayLabel(day)}`
}

/** "09:00–09:30 午间延时" */
export function slotText(slot: Pick<AppointmentSlot, 'start' | 'end' | 'label'>): string {
  const time = `${slot.start.slice(0, 5)}–${slot.end.slice(0, 5)}`
  return slot.label ? `${time} ${slot.label}` : time
}

/** Slots grouped by day in date order, each day's slots by start time. */
export function slotsByDay(slots: readonly AppointmentSlot[]): { day: string; slots: AppointmentSlot[]; available: number }[] {
  const days = new Map<string, AppointmentSlot[]>()
  for (const s of slots) {
    const list = days.get(s.day) ?? []
    list.push(s)
    days.set(s.day, list)
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => {
      const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start))
      return { day, slots: sorted, available: sorted.reduce((n, s) => n + Math.max(0, s.available), 0) }
    })
}

/** The phone page of an appointment, absolute when an origin is given. */
export function appointmentPath(code: string, origin = ''): string {
  return `${origin}/m/appointment/${encodeURIComponent(code)}`
}

/** The ticket number of a floor counter's current, which the contract leaves as a number or a ticket. */
export function currentNumber(current: string | { number: string } | null | undefined): string {
  if (!current) return ''
  return typeof current === 'string' ? current : current.number
}

export interface BookingInput {
  name: string
  idNumber: string
  phone: string
}

/** Checks before booking: all three are required; the phone and ID number as when issuing. */
export function bookingProblems(input: BookingInput): Partial<Record<keyof BookingInput, string>> {
  const problems: Partial<Record<keyof BookingInput, string>> = contactProblems(input)
  const name = input.name.trim()
  if (!name) problems.name = '请输入姓名'
  else if (name.length > 30) problems.name = '姓名不超过 30 个字'
  if (!input.idNumber.trim()) problems.idNumber = '请输入身份证号'
  if (!input.phone.trim()) problems.phone = '请输入手机号'
  return problems
}

/** What the site administrator can do with a kiosk in the 自助机 card. */
export type KioskAction = 'NEW_CODE' | 'REVOKE' | 'REACTIVATE'

/** 重新配对 and 停用 while a kiosk is in use (or waits for pairing); a 停用 kiosk can only be 重新启用. */
export function kioskActions(state: KioskState): KioskAction[] {
  return state === 'REVOKED' ? ['REACTIVATE'] : ['NEW_CODE', 'REVOKE']
}
