import { describe, expect, it } from 'vitest'
import { normalizeCategories, categoryLabel } from '@/domain/categories'
import { buildSiteTree } from '@/domain/sites'
import { dayState, exceptionRuns, monthCells } from '@/domain/calendar'
import { linkPath, visibleMenu, visibleLinks } from '@/router/menu'
import { safeRedirect } from '@/router/redirect'
import type { CalendarDay, Site } from '@/api/types'

describe('ticket categories', () => {
  it('keeps the picking order, upper-cases, drops repeats and rejects non-letters', () => {
    expect(normalizeCategories(['C', 'a', 'j', 'A', '12', ''])).toEqual({ codes: ['C', 'A', 'J'], rejected: ['12'] })
  })

  it('labels known and other codes', () => {
    expect(categoryLabel('A')).toBe('A 综合受理')
    expect(categoryLabel('J')).toBe('J 其他')
  })
})

describe('site tree', () => {
  const site = (id: number, parentId: number | null, level: Site['level']): Site => ({
    id,
    parentId,
    level,
    name: `站点${id}`,
    regionCode: '360899000000',
    regionName: '青山县',
    address: '',
    phone: '',
    openingHours: '',
    active: true,
  })

  it('nests children and makes sites with an out-of-scope parent roots', () => {
    const tree = buildSiteTree([site(2, 1, 'TOWN'), site(3, 2, 'VILLAGE'), site(4, 2, 'VILLAGE')])
    expect(tree.map((n) => n.id)).toEqual([2])
    expect(tree[0]!.children.map((n) => n.id)).toEqual([3, 4])
  })
})

describe('working calendar', () => {
  const days: CalendarDay[] = [
    { date: '2026-02-14', kind: 'WORKDAY', name: '春节调休上班' },
    { date: '2026-02-15', kind: 'HOLIDAY', name: '春节' },
    { date: '2026-02-16', kind: 'HOLIDAY', name: '春节' },
    { date: '2026-02-17', kind: 'HOLIDAY', name: '春节' },
  ]

  it('tells holidays, make-up working days, weekends and workdays apart', () => {
    expect(dayState('2026-02-14', days[0])).toBe('makeup')
    expect(dayState('2026-02-15', days[1])).toBe('holiday')
    expect(dayState('2026-02-21', null)).toBe('weekend')
    expect(dayState('2026-02-20', null)).toBe('workday')
  })

  it('lays a month out in weeks starting on Monday', () => {
    // 2026-02-01 is a Sunday: six empty cells before it.
    const cells = monthCells(2026, 2, new Map(days.map((d) => [d.date, d])))
    expect(cells.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(cells[6]?.date).toBe('2026-02-01')
    expect(cells.filter((c) => c !== null)).toHaveLength(28)
    expect(cells.find((c) => c?.date === '2026-02-14')?.state).toBe('makeup')
  })

  it('groups consecutive days of the same holiday', () => {
    expect(exceptionRuns(days)).toEqual([
      { from: '2026-02-14', to: '2026-02-14', kind: 'WORKDAY', name: '春节调休上班', count: 1 },
      { from: '2026-02-15', to: '2026-02-17', kind: 'HOLIDAY', name: '春节', count: 3 },
    ])
  })
})

describe('role-based menu', () => {
  const keys = (roles: Parameters<typeof visibleLinks>[0]) => visibleLinks(roles).map((l) => l.key)

  it('shows a site administrator the configuration pages except the audit log, and the handbook', () => {
    expect(keys(['SITE_ADMIN'])).toEqual([
      'home',
      'guide-desk',
      'counter',
      'queue-floor',
      'queue-settings',
      'queue-board',
      'cases',
      'blacklist',
      'approval-monitor',
      'evaluation-rectifications',
      'evaluation-cards',
      'evaluation-stats',
      'improvement-campaigns',
      'improvement-issues',
      'escalation-new',
      'escalation-matters',
      'escalation-ledger',
      'sites',
      'departments',
      'calendar',
      'staff',
      'sms-outbox',
      'catalog-items',
      'catalog-bundles',
      'catalog-versions',
    ])
  })

  it('shows a system administrator the handbook group', () => {
    expect(visibleMenu(['SYS_ADMIN']).map((e) => e.key)).toEqual(['home', 'acceptance', 'evaluation', 'improvement', 'admin', 'catalog'])
  })

  it('shows a supervisor read-only pages and the audit log, not staff', () => {
    expect(keys(['SUPERVISOR'])).toEqual([
      'home',
      'queue-floor',
      'queue-board',
      'cases',
      'approval-monitor',
      'evaluation-rectifications',
      'evaluation-stats',
      'improvement-campaigns',
      'improvement-issues',
      'escalation-matters',
      'escalation-ledger',
      'sites',
      'departments',
      'calendar',
      'audit',
      'catalog-bundles',
    ])
  })

  it('shows a guide the guide desk, the board and nothing to configure', () => {
    expect(keys(['GUIDE'])).toEqual(['home', 'guide-desk', 'queue-board', 'evaluation-cards', 'escalation-new', 'escalation-matters'])
    expect(visibleMenu(['GUIDE']).map((e) => e.key)).toEqual(['home', 'guide-desk', 'queue', 'evaluation', 'escalation'])
  })

  it('shows a front-desk role the counter workstation and the cases, and drops the empty groups', () => {
    expect(keys(['ACCEPTOR'])).toEqual([
      'home',
      'counter',
      'queue-board',
      'cases',
      'case-new',
      'delivery',
      'evaluation-rectifications',
      'evaluation-cards',
      'escalation-new',
      'escalation-matters',
    ])
    expect(visibleMenu(['ACCEPTOR']).map((e) => e.key)).toEqual(['home', 'queue', 'acceptance', 'delivery', 'evaluation', 'escalation'])
    expect(keys(['APPROVER'])).toEqual(['home', 'approval-inbox', 'evaluation-rectifications'])
    expect(visibleMenu(['APPROVER']).map((e) => e.key)).toEqual(['home', 'approval', 'evaluation'])
  })

  it('puts the own site into the board link and leaves it out without one', () => {
    expect(linkPath({ path: '/board/:site' }, 7)).toBe('/board/7')
    expect(linkPath({ path: '/board/:site' }, null)).toBeNull()
    expect(linkPath({ path: '/counter' }, null)).toBe('/counter')
  })
})

describe('post-login redirect', () => {
  it('accepts only same-site paths', () => {
    expect(safeRedirect('/admin/sites?site=2')).toBe('/admin/sites?site=2')
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect('//evil.example')).toBeNull()
    expect(safeRedirect('/login?redirect=/')).toBeNull()
    expect(safeRedirect(undefined)).toBeNull()
  })
})
