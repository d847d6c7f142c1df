import type { Role } from '@/api/types'

// Who may open which page. The back end checks every call again; this only decides
// what the menu shows and which pages the router lets through.

export const ACCESS = {
  /** 站点与窗口: counters are edited by site and system administrators, sites by SYS_ADMIN only. */
  sites: ['SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR'],
  /** 部门: SYS_ADMIN edits, the others read. */
  departments: ['SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR'],
  /** 工作日历: everyone here reads it; only SYS_ADMIN edits (EDIT.calendar: it is county-wide). */
  calendar: ['SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR'],
  staff: ['SITE_ADMIN', 'SYS_ADMIN'],
  audit: ['SYS_ADMIN', 'SUPERVISOR'],
  /** 受理事典 maintenance: the back end allows SITE_ADMIN and SYS_ADMIN only (supervisors read the public guide). */
  catalog: ['SITE_ADMIN', 'SYS_ADMIN'],
  /** 一件事 of the draft: the back end lets supervisors read them too (editing: EDIT.catalogDraft). */
  catalogBundles: ['SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR'],
  /** 导办台: the guides at the hall entrance, and the site administrator who stands in for them. */
  guideDesk: ['GUIDE', 'SITE_ADMIN'],
  /** 窗口叫号: the staff who serve at a counter (the back end checks the counter is theirs). */
  counter: ['ACCEPTOR', 'DELIVERY', 'SITE_ADMIN'],
  /** 现场管理: the hall's waiting lines and counters; supervisors watch. */
  queueFloor: ['SITE_ADMIN', 'SUPERVISOR'],
  /** 叫号设置: the site administrator. */
  queueSettings: ['SITE_ADMIN'],
  /** 统一出件: the delivery counter's clerks, and the acceptors who hand results over at their counter. */
  delivery: ['DELIVERY', 'ACCEPTOR'],
  /** The link to the hall's 叫号屏 (the board itself is public). */
  queueBoard: ['GUIDE', 'ACCEPTOR', 'DELIVERY', 'SITE_ADMIN', 'SUPERVISOR'],
  /** 办件列表 and a case's page: the cases of one's data scope (changes: EDIT.cases). */
  cases: ['ACCEPTOR', 'SITE_ADMIN', 'SUPERVISOR'],
  /** 新建办件: only front-desk clerks open cases. */
  caseOpen: ['ACCEPTOR'],
  /** 失信名单: kept by the administrators; applicants on it may not use 容缺受理. */
  blacklist: ['SITE_ADMIN', 'SYS_ADMIN'],
  /** 审批待办: the back-office approvers (the back end scopes to their department and sites). */
  approvalInbox: ['APPROVER'],
  /** 电子监察: the lights of the cases in approval; supervisors and site administrators (who approve 挂起). */
  approvalMonitor: ['SUPERVISOR', 'SITE_ADMIN'],
  /** 证照: read and printed by the staff who accept, approve and deliver cases, and those who oversee them. */
  licenses: ['ACCEPTOR', 'APPROVER', 'DELIVERY', 'SITE_ADMIN', 'SUPERVISOR'],
  /** 短信发件箱: the messages the system sent (codes masked; in the demo SYS_ADMIN reads the sign-in codes). */
  smsOutbox: ['SYS_ADMIN', 'SITE_ADMIN'],
  /** 卡片评: any hall staff types in paper cards; the pad pairing on the same page is for SITE_ADMIN. */
  evaluationCards: ['GUIDE', 'ACCEPTOR', 'DELIVERY', 'SITE_ADMIN'],
  /** 差评整改: the department's staff (back end scopes), site administrators and supervisors. */
  evaluationRectifications: ['APPROVER', 'ACCEPTOR', 'DELIVERY', 'SITE_ADMIN', 'SUPERVISOR'],
  /** 好差评排名: the hall's managers and supervisors. */
  evaluationStats: ['SITE_ADMIN', 'SUPERVISOR', 'SYS_ADMIN'],
  /** 金点子 campaigns and their suggestions: set up by site administrators, reviewed also by supervisors. */
  campaigns: ['SITE_ADMIN', 'SUPERVISOR', 'SYS_ADMIN'],
  /** 问题台账: site administrators and supervisors, in their data scope. */
  issueLedger: ['SITE_ADMIN', 'SUPERVISOR', 'SYS_ADMIN'],
  /** 办不成事登记: the staff at the 办不成事反映窗口 and the guides who take matters in (首问负责). */
  escalationIntake: ['ACCEPTOR', 'GUIDE', 'SITE_ADMIN'],
  /** 办不成事 list and a matter's page (changes: the intake roles; the back end checks the site scope). */
  escalationMatters: ['ACCEPTOR', 'GUIDE', 'SITE_ADMIN', 'SUPERVISOR'],
  /** 办不成事台账 with the figures per department. */
  escalationLedger: ['SITE_ADMIN', 'SUPERVISOR'],
} as const satisfies Record<string, readonly Role[]>

/** Who may change what, inside the pages. */
export const EDIT = {
  sites: ['SYS_ADMIN'],
  counters: ['SITE_ADMIN', 'SYS_ADMIN'],
  departments: ['SYS_ADMIN'],
  /** 工作日历: county-wide, it moves the legal due dates of every case, so not a site administrator's. */
  calendar: ['SYS_ADMIN'],
  staff: ['SITE_ADMIN', 'SYS_ADMIN'],
  /** Editing the draft and importing a workbook into it. */
  catalogDraft: ['SITE_ADMIN', 'SYS_ADMIN'],
  /** Publishing a new catalog version. */
  catalogPublish: ['SYS_ADMIN'],
  /** Working a case: the checklist, the form, the delivery choice, the decisions (the back end asks ACCEPTOR). */
  cases: ['ACCEPTOR'],
} as const satisfies Record<string, readonly Role[]>

export function allows(allowed: readonly Role[] | undefined, roles: readonly Role[]): boolean {
  if (!allowed || allowed.length === 0) return true
  return roles.some((r) => allowed.includes(r))
}
