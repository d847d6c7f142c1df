import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { AppointmentSlot, FloorCategory } from '@/api/types'
import {
  appointmentPath,
  bookingProblems,
  checkInRequest,
  contactProblems,
  currentNumber,
  dayLabel,
  durationText,
  isQueueEmpty,
  kioskActions,
  newAlerts,
  peopleAheadText,
  slotText,
  slotsByDay,
  ticketMatter,
  ticketRequest,
  timesToSpeak,
  waitText,
} from '@/domain/queue'

describe('queue texts', () => {
  it('says how long the wait is', () => {
    expect(waitText(null)).toBe('—')
    expect(waitText(0)).toBe('无需等候')
    expect(waitText(25)).toBe('约 25 分钟')
    expect(waitText(60)).toBe('约 1 小时')
    expect(waitText(70)).toBe('约 1 小时 10 分钟')
  })

  it('says how many are ahead', () => {
    expect(peopleAheadText(undefined)).toBe('—')
    expect(peopleAheadText(0)).toBe('您是下一位')
    expect(peopleAheadText(200)).toBe('前面还有 200 人以上')
    expect(peopleAheadText(3)).toBe('前面还有 3 人')
  })

  it('formats service time, days and slots', () => {
    expect(durationText(750)).toBe('12 分 30 秒')
    expect(durationText(42)).toBe('42 秒')
    expect(dayLabel('2026-11-21')).toBe('11月21日 星期六')
    expect(slotText({ start: '12:00:00', end: '12:30', label: '午间延时' })).toBe('12:00–12:30 午间延时')
    expect(slotText({ start: '09:00', end: '09:30', label: null })).toBe('09:00–09:30')
    expect(appointmentPath('Y7K2', 'https://hall.example')).toBe('https://hall.example/m/appointment/Y7K2')
  })

  it('groups slots by day in order', () => {
    const slot = (day: string, start: string, available: number): AppointmentSlot => ({
      day,
      start,
      end: start,
      label: null,
      capacity: 5,
      available,
    })
    const days = slotsByDay([slot('2026-11-23', '10:00', 1), slot('2026-11-22', '09:00', 0), slot('2026-11-23', '09:00', 2)])
    expect(days.map((d) => d.day)).toEqual(['2026-11-22', '2026-11-23'])
    expect(days[1]!.slots.map((s) => s.start)).toEqual(['09:00', '10:00'])
    expect(days.map((d) => d.available)).toEqual([0, 3])
  })
})

describe('issuing', () => {
  it('takes the ticket for the matter on screen', () => {
    expect(ticketMatter({ type: 'SITUATION', code: 'S1' })).toEqual({ situationCodes: ['S1'] })
    expect(ticketMatter({ type: 'ITEM', resolved: null })).toBeNull()
    expect(ticketMatter({ type: 'ITEM', resolved: 'S2' })).toEqual({ situationCodes: ['S2'] })
    expect(ticketMatter({ type: 'BUNDLE', members: ['S1', 'S2', 'S1'] })).toEqual({ situationCodes: ['S1', 'S2'] })
    expect(ticketMatter({ type: 'SERVICE', code: 'SVC-ESCALATION' })).toEqual({ serviceCode: 'SVC-ESCALATION' })
  })

  it('checks the phone and ID number lightly, both optional', () => {
    expect(contactProblems({ phone: '', idNumber: '' })).toEqual({})
    expect(contactProblems({ phone: '13800138000', idNumber: '11010519491231002x' })).toEqual({})
    expect(contactProblems({ phone: '2380013800', idNumber: '' }).phone).toBeTruthy()
    expect(contactProblems({ phone: '1380013800', idNumber: '' }).phone).toBeTruthy()
    expect(contactProblems({ phone: '', idNumber: '1101051949123100' }).idNumber).toBeTruthy()
  })

  it('sends only what was filled in', () => {
    expect(ticketRequest('KIOSK', { category: 'A' }, { phone: ' ', idNumber: '' })).toEqual({ category: 'A', channel: 'KIOSK' })
    expect(
      ticketRequest('GUIDE_DESK', { situationCodes: ['S1'] }, { phone: '13800138000 ', idNumber: '11010519491231002x' }, 'MILITARY'),
    ).toEqual({
      situationCodes: ['S1'],
      channel: 'GUIDE_DESK',
      phone: '13800138000',
      idNumber: '11010519491231002X',
      priority: 'MILITARY',
    })
  })

  it('asks for name, ID number and phone before booking', () => {
    expect(bookingProblems({ name: ' ', idNumber: '', phone: '' })).toEqual({
      name: '请输入姓名',
      idNumber: '请输入身份证号',
      phone: '请输入手机号',
    })
    expect(bookingProblems({ name: '张三', idNumber: '11010519491231002X', phone: '13800138000' })).toEqual({})
    expect(Object.keys(bookingProblems({ name: '张三', idNumber: '123', phone: '138' }))).toEqual(['phone', 'idNumber'])
  })

  it('tells a booking code from an ID number at check-in', () => {
    expect(checkInRequest('  ')).toBeNull()
    expect(checkInRequest('11010519491231002x')).toEqual({ idNumber: '11010519491231002X' })
    expect(checkInRequest('y7k2q9')).toEqual({ code: 'Y7K2Q9' })
  })
})

describe('counter and floor', () => {
  it('recognises an empty queue', () => {
    expect(isQueueEmpty(new ApiError({ status: 409, code: 'queue.empty' }))).toBe(true)
    expect(isQueueEmpty(new ApiError({ status: 409, code: 'queue.counter-busy' }))).toBe(false)
    expect(isQueueEmpty(new Error('x'))).toBe(false)
  })

  it('speaks a call twice and a recall once', () => {
    expect(timesToSpeak({ kind: 'CALL' })).toBe(2)
    expect(timesToSpeak({ kind: 'RECALL' })).toBe(1)
  })

  it('notifies an alert only when it turns on', () => {
    const cat = (code: string, alert: boolean): FloorCategory => ({ code, name: code, waiting: 1, longestWaitMinutes: 40, alert })
    const first = newAlerts(new Set(), [cat('A', true), cat('B', false)])
    expect(first.fresh.map((c) => c.code)).toEqual(['A'])
    const second = newAlerts(first.now, [cat('A', true), cat('B', true)])
    expect(second.fresh.map((c) => c.code)).toEqual(['B'])
    const third = newAlerts(second.now, [cat('A', false), cat('B', true)])
    expect(third.fresh).toEqual([])
    expect(newAlerts(third.now, [cat('A', true)]).fresh.map((c) => c.code)).toEqual(['A'])
  })

  it('reads the current ticket number of a floor counter', () => {
    expect(currentNumber(null)).toBe('')
    expect(currentNumber('A001')).toBe('A001')
    expect(currentNumber({ number: 'B002' })).toBe('B002')
  })
})

describe('kiosk actions', () => {
  it('offers 重新配对 and 停用 while a kiosk is in use or waits for pairing', () => {
    expect(kioskActions('PAIRED')).toEqual(['NEW_CODE', 'REVOKE'])
    expect(kioskActions('PENDING')).toEqual(['NEW_CODE', 'REVOKE'])
  })

  it('offers only 重新启用 for a 停用 kiosk', () => {
    expect(kioskActions('REVOKED')).toEqual(['REACTIVATE'])
  })
})
