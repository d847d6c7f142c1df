import type { Component } from 'vue'
import {
  Calendar,
  Checked,
  ChatDotRound,
  Collection,
  Connection,
  Document,
  Guide,
  DataBoard,
  DocumentAdd,
  Files,
  HomeFilled,
  Microphone,
  Monitor,
  Notebook,
  Odometer,
  OfficeBuilding,
  Setting,
  Stamp,
  Star,
  Operation,
  Tickets,
  User,
  Van,
  Warning,
} from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import { ACCESS, allows } from './access'

// The left menu. Each entry lists the roles that see it (absent = everyone signed in).
// Later screen families (导办台, 取号机, 叫号屏, 窗口工作台, 后台审批, 出件, 数据看板, …)
// add their entries here and their routes in routes.ts.

export interface MenuLink {
  /** Stable key, also the data-test suffix: data-test="menu-<key>". */
  key: string
  title: string
  path: string
  icon: Component
  roles?: readonly Role[]
  /** One line for the quick links on the home page. */
  description?: string
  /** Opens in a new tab (a full-screen page outside the staff shell). */
  newTab?: boolean
}

/** Where a link goes for a user: `:site` becomes the user's site; null when the link needs a site the user lacks. */
export function linkPath(link: Pick<MenuLink, 'path'>, siteId: number | null | undefined): string | null {
  if (!link.path.includes(':site')) return link.path
  return siteId ? link.path.replace(':site', String(siteId)) : null
}

export interface MenuGroup {
  key: string
  title: string
  icon: Component
  children: MenuLink[]
}

export type MenuEntry = MenuLink | MenuGroup

export function isGroup(entry: MenuEntry): entry is MenuGroup {
  return 'children' in entry
}

export const MENU: MenuEntry[] = [
  { key: 'home', title: '工作台', path: '/', icon: HomeFilled },
  {
    key: 'guide-desk',
    title: '导办台',
    path: '/guide-desk',
    icon: Guide,
    roles: ACCESS.guideDesk,
    description: '听群众说要办什么事，找准事项和情形，打印材料清单，指引到对应窗口',
  },
  {
    key: 'queue',
    title: '叫号',
    icon: Microphone,
    children: [
      {
        key: 'counter',
        title: '窗口叫号',
        path: '/counter',
        icon: Microphone,
        roles: ACCESS.counter,
        description: '签到、叫号、重呼、过号、转移与办结，查看本窗口的等候人数',
      },
      {
        key: 'queue-floor',
        title: '现场管理',
        path: '/queue/floor',
        icon: DataBoard,
        roles: ACCESS.queueFloor,
        description: '各类号的等候人数与最长等候时间、各窗口的状态，超时提醒',
      },
      {
        key: 'queue-settings',
        title: '叫号设置',
        path: '/queue/settings',
        icon: Operation,
        roles: ACCESS.queueSettings,
        description: '绿色通道比例、过号与超时规则、叫号类别、预约时段',
      },
      {
        key: 'queue-board',
        title: '叫号大屏',
        path: '/board/:site',
        icon: Monitor,
        roles: ACCESS.queueBoard,
        newTab: true,
        description: '本大厅的叫号屏（新窗口打开，放到大厅显示屏上全屏显示）',
      },
    ],
  },
  {
    key: 'acceptance',
    title: '综合受理',
    icon: Files,
    children: [
      {
        key: 'cases',
        title: '办件列表',
        path: '/acceptance/cases',
        icon: Files,
        roles: ACCESS.cases,
        description: '本站点的办件：受理中、待预审、待补正、审批补正等，按办件编号或申请人查找',
      },
      {
        key: 'case-new',
        title: '新建办件',
        path: '/acceptance/new',
        icon: DocumentAdd,
        roles: ACCESS.caseOpen,
        description: '不经叫号直接受理：选办事情形、登记申请人，进入受理工作台',
      },
      {
        key: 'blacklist',
        title: '失信名单',
        path: '/admin/blacklist',
        icon: Warning,
        roles: ACCESS.blacklist,
        description: '列入失信名单的申请人不适用容缺受理',
      },
    ],
  },
  {
    key: 'approval',
    title: '后台审批',
    icon: Checked,
    children: [
      {
        key: 'approval-inbox',
        title: '审批待办',
        path: '/approval',
        icon: Checked,
        roles: ACCESS.approvalInbox,
        description: '本部门的审批任务：签收、通过、退回、不予批准、要求补正，红黄绿灯提示办理时限',
      },
      {
        key: 'approval-monitor',
        title: '电子监察',
        path: '/approval/monitor',
        icon: Odometer,
        roles: ACCESS.approvalMonitor,
        description: '在办审批办件的红黄绿灯、超期预警、各部门在办情况与挂起审批',
      },
    ],
  },
  {
    key: 'delivery',
    title: '统一出件',
    path: '/delivery',
    icon: Van,
    roles: ACCESS.delivery,
    description: '办结结果窗口领取（核验身份证、签名）或免费邮寄，邮寄件签收后归档送达回执',
  },
  {
    key: 'evaluation',
    title: '好差评',
    icon: Star,
    children: [
      {
        key: 'evaluation-rectifications',
        title: '差评整改',
        path: '/evaluation/rectifications',
        icon: Warning,
        roles: ACCESS.evaluationRectifications,
        description: '本部门的差评：1 个工作日内回访、核实、15 个工作日内整改反馈，恶意差评申诉复核',
      },
      {
        key: 'evaluation-cards',
        title: '卡片评与评价器',
        path: '/evaluation/cards',
        icon: Tickets,
        roles: ACCESS.evaluationCards,
        description: '录入评价区收回的匿名评价卡；为窗口配对群众评价器',
      },
      {
        key: 'evaluation-stats',
        title: '好差评排名',
        path: '/evaluation/stats',
        icon: Odometer,
        roles: ACCESS.evaluationStats,
        description: '按月统计各工作人员、窗口、部门、站点的好评率、差评与按时整改率',
      },
    ],
  },
  {
    key: 'improvement',
    title: '金点子与问题台账',
    icon: ChatDotRound,
    children: [
      {
        key: 'improvement-campaigns',
        title: '金点子征集',
        path: '/improvement/campaigns',
        icon: ChatDotRound,
        roles: ACCESS.campaigns,
        description: '征集活动（对象、主题、问卷）、大厅张贴的二维码，处理群众和企业的建议',
      },
      {
        key: 'improvement-issues',
        title: '问题台账',
        path: '/improvement/issues',
        icon: Notebook,
        roles: ACCESS.issueLedger,
        description: '差评整改、办不成事、采纳的金点子：责任部门、整改时限、红黄绿灯、整改材料与销号',
      },
    ],
  },
  {
    key: 'escalation',
    title: '办不成事',
    icon: ChatDotRound,
    children: [
      {
        key: 'escalation-new',
        title: '办不成事登记',
        path: '/escalation/new',
        icon: DocumentAdd,
        roles: ACCESS.escalationIntake,
        description: '登记群众反映的办不成的事，登记人即首问负责人',
      },
      {
        key: 'escalation-matters',
        title: '办不成事',
        path: '/escalation/matters',
        icon: Tickets,
        roles: ACCESS.escalationMatters,
        description: '分类定时限、与部门协调、答复群众、记录满意度后办结，红黄绿灯提示时限',
      },
      {
        key: 'escalation-ledger',
        title: '办不成事台账',
        path: '/escalation/ledger',
        icon: Notebook,
        roles: ACCESS.escalationLedger,
        description: '各部门办结率、按时办结率和满意率，可导出',
      },
    ],
  },
  {
    key: 'admin',
    title: '基础配置',
    icon: Setting,
    children: [
      {
        key: 'sites',
        title: '站点与窗口',
        path: '/admin/sites',
        icon: OfficeBuilding,
        roles: ACCESS.sites,
        description: '县、镇（街道）、村三级服务场所及各窗口的叫号类别',
      },
      {
        key: 'departments',
        title: '部门',
        path: '/admin/departments',
        icon: Stamp,
        roles: ACCESS.departments,
        description: '进驻大厅、负责审批的政府部门',
      },
      {
        key: 'calendar',
        title: '工作日历',
        path: '/admin/calendar',
        icon: Calendar,
        roles: ACCESS.calendar,
        description: '法定节假日与调休上班日，办理时限按工作日计算',
      },
      {
        key: 'staff',
        title: '人员',
        path: '/admin/staff',
        icon: User,
        roles: ACCESS.staff,
        description: '工作人员账号、岗位角色、所在窗口与账号解锁',
      },
      {
        key: 'audit',
        title: '操作日志',
        path: '/admin/audit',
        icon: Document,
        roles: ACCESS.audit,
        description: '谁在何时做了哪些修改，供监督检查',
      },
      {
        key: 'sms-outbox',
        title: '短信发件箱',
        path: '/admin/sms-outbox',
        icon: ChatDotRound,
        roles: ACCESS.smsOutbox,
        description: '系统发出的每一条短信（演示时在这里查看群众的登录验证码）',
      },
    ],
  },
  {
    key: 'catalog',
    title: '受理事典',
    icon: Notebook,
    children: [
      {
        key: 'catalog-items',
        title: '事项与情形',
        path: '/admin/catalog',
        icon: Collection,
        roles: ACCESS.catalog,
        description: '按部门、分册、主题浏览事项，维护草稿中的办事情形、材料与填写样例',
      },
      {
        key: 'catalog-bundles',
        title: '一件事',
        path: '/admin/catalog/bundles',
        icon: Connection,
        roles: ACCESS.catalogBundles,
        description: '一件事一次办：成员情形按组串联或并联，合并表单的共享字段',
      },
      {
        key: 'catalog-versions',
        title: '版本与发布',
        path: '/admin/catalog/versions',
        icon: Tickets,
        roles: ACCESS.catalog,
        description: '发布校验、发布新版本、版本对比、Excel 导入导出',
      },
    ],
  },
]

/** The menu as the given roles see it: hidden entries removed, empty groups dropped. */
export function visibleMenu(roles: readonly Role[], menu: readonly MenuEntry[] = MENU): MenuEntry[] {
  const result: MenuEntry[] = []
  for (const entry of menu) {
    if (isGroup(entry)) {
      const children = entry.children.filter((c) => allows(c.roles, roles))
      if (children.length > 0) result.push({ ...entry, children })
    } else if (allows(entry.roles, roles)) {
      result.push(entry)
    }
  }
  return result
}

/** Every link the roles can open, flattened (for the home page's quick links). */
export function visibleLinks(roles: readonly Role[]): MenuLink[] {
  return visibleMenu(roles).flatMap((e) => (isGroup(e) ? e.children : [e]))
}
