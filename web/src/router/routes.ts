import type { RouteRecordRaw } from 'vue-router'
import AppShell from '@/layouts/AppShell.vue'
// The login page is in the main bundle so that it shows without a second round trip.
import LoginView from '@/views/auth/LoginView.vue'
import { ACCESS, EDIT } from './access'

// One folder per screen family under src/views/. Pages are loaded lazily.
export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: LoginView,
    meta: { title: '登录', public: true },
  },
  {
    path: '/',
    component: AppShell,
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/views/home/HomeView.vue'),
        meta: { title: '工作台' },
      },
      {
        path: 'reminders',
        name: 'reminders',
        component: () => import('@/views/reminders/RemindersView.vue'),
        meta: { title: '催办提醒' },
      },
      {
        path: 'guide-desk',
        name: 'guide-desk',
        component: () => import('@/views/guidedesk/GuideDeskView.vue'),
        meta: { title: '导办台', roles: ACCESS.guideDesk },
      },
      {
        path: 'counter',
        name: 'counter',
        component: () => import('@/views/counter/CounterView.vue'),
        meta: { title: '窗口叫号', roles: ACCESS.counter },
      },
      {
        path: 'acceptance/cases',
        name: 'cases',
        component: () => import('@/views/acceptance/CaseListView.vue'),
        meta: { title: '办件列表', roles: ACCESS.cases },
      },
      {
        path: 'acceptance/new',
        name: 'case-new',
        component: () => import('@/views/acceptance/NewCaseView.vue'),
        meta: { title: '新建办件', roles: ACCESS.caseOpen },
      },
      {
        path: 'acceptance/cases/:id',
        name: 'case',
        component: () => import('@/views/acceptance/CaseView.vue'),
        meta: { title: '受理工作台', roles: ACCESS.cases, menu: '/acceptance/cases' },
      },
      {
        path: 'improvement/campaigns',
        name: 'improvement-campaigns',
        component: () => import('@/views/improvement/CampaignsView.vue'),
        meta: { title: '金点子征集', roles: ACCESS.campaigns },
      },
      {
        path: 'improvement/campaigns/:id(\\d+)',
        name: 'improvement-suggestions',
        component: () => import('@/views/improvement/SuggestionsView.vue'),
        meta: { title: '金点子处理', roles: ACCESS.campaigns, menu: '/improvement/campaigns' },
      },
      {
        path: 'improvement/issues',
        name: 'improvement-issues',
        component: () => import('@/views/improvement/IssueLedgerView.vue'),
        meta: { title: '问题台账', roles: ACCESS.issueLedger },
      },
      {
        path: 'delivery',
        name: 'delivery',
        component: () => import('@/views/delivery/DeliveryView.vue'),
        meta: { title: '统一出件', roles: ACCESS.delivery },
      },
      {
        path: 'queue/floor',
        name: 'queue-floor',
        component: () => import('@/views/queue/FloorView.vue'),
        meta: { title: '现场管理', roles: ACCESS.queueFloor },
      },
      {
        path: 'queue/settings',
        name: 'queue-settings',
        component: () => import('@/views/queue/QueueSettingsView.vue'),
        meta: { title: '叫号设置', roles: ACCESS.queueSettings },
      },
      {
        path: 'approval',
        name: 'approval-inbox',
        component: () => import('@/views/backoffice/ApprovalInboxView.vue'),
        meta: { title: '审批待办', roles: ACCESS.approvalInbox },
      },
      {
        path: 'approval/monitor',
        name: 'approval-monitor',
        component: () => import('@/views/backoffice/ApprovalMonitorView.vue'),
        meta: { title: '电子监察', roles: ACCESS.approvalMonitor },
      },
      {
        path: 'escalation/new',
        name: 'escalation-new',
        component: () => import('@/views/escalation/EscalationIntakeView.vue'),
        meta: { title: '办不成事登记', roles: ACCESS.escalationIntake },
      },
      {
        path: 'escalation/matters',
        name: 'escalation-matters',
        component: () => import('@/views/escalation/MatterListView.vue'),
        meta: { title: '办不成事', roles: ACCESS.escalationMatters },
      },
      {
        path: 'escalation/matters/:id(\\d+)',
        name: 'escalation-matter',
        component: () => import('@/views/escalation/MatterView.vue'),
        meta: { title: '办不成事', roles: ACCESS.escalationMatters, menu: '/escalation/matters' },
      },
      {
        path: 'escalation/ledger',
        name: 'escalation-ledger',
        component: () => import('@/views/escalation/EscalationLedgerView.vue'),
        meta: { title: '办不成事台账', roles: ACCESS.escalationLedger },
      },
      {
        path: 'admin/sites',
        name: 'admin-sites',
        component: () => import('@/views/admin/SitesView.vue'),
        meta: { title: '站点与窗口', roles: ACCESS.sites },
      },
      {
        path: 'admin/departments',
        name: 'admin-departments',
        component: () => import('@/views/admin/DepartmentsView.vue'),
        meta: { title: '部门', roles: ACCESS.departments },
      },
      {
        path: 'admin/calendar',
        name: 'admin-calendar',
        component: () => import('@/views/admin/CalendarView.vue'),
        meta: { title: '工作日历', roles: ACCESS.calendar },
      },
      {
        path: 'admin/staff',
        name: 'admin-staff',
        component: () => import('@/views/admin/StaffView.vue'),
        meta: { title: '人员', roles: ACCESS.staff },
      },
      {
        path: 'admin/audit',
        name: 'admin-audit',
        component: () => import('@/views/admin/AuditView.vue'),
        meta: { title: '操作日志', roles: ACCESS.audit },
      },
      {
        path: 'admin/sms-outbox',
        name: 'admin-sms-outbox',
        component: () => import('@/views/admin/SmsOutboxView.vue'),
        meta: { title: '短信发件箱', roles: ACCESS.smsOutbox },
      },
      {
        path: 'admin/catalog',
        name: 'admin-catalog',
        component: () => import('@/views/catalog/CatalogBrowseView.vue'),
        meta: { title: '受理事典', roles: ACCESS.catalog },
      },
      {
        path: 'admin/catalog/versions',
        name: 'admin-catalog-versions',
        component: () => import('@/views/catalog/CatalogVersionsView.vue'),
        meta: { title: '版本与发布', roles: ACCESS.catalog },
      },
      {
        path: 'admin/catalog/bundles',
        name: 'admin-catalog-bundles',
        component: () => import('@/views/catalog/BundlesView.vue'),
        meta: { title: '一件事', roles: ACCESS.catalogBundles },
      },
      {
        path: 'admin/catalog/new-bundle',
        name: 'admin-catalog-bundle-new',
        component: () => import('@/views/catalog/BundleEditView.vue'),
        meta: { title: '新增一件事', roles: EDIT.catalogDraft, menu: '/admin/catalog/bundles' },
      },
      {
        path: 'admin/catalog/bundles/:code/edit',
        name: 'admin-catalog-bundle-edit',
        component: () => import('@/views/catalog/BundleEditView.vue'),
        meta: { title: '编辑一件事', roles: EDIT.catalogDraft, menu: '/admin/catalog/bundles' },
      },
      {
        path: 'admin/catalog/new-item',
        name: 'admin-catalog-item-new',
        component: () => import('@/views/catalog/ItemEditView.vue'),
        meta: { title: '新增事项', roles: EDIT.catalogDraft, menu: '/admin/catalog' },
      },
      {
        path: 'admin/catalog/items/:code',
        name: 'admin-catalog-item',
        component: () => import('@/views/catalog/CatalogItemView.vue'),
        meta: { title: '事项', roles: ACCESS.catalog, menu: '/admin/catalog' },
      },
      {
        path: 'admin/catalog/items/:code/edit',
        name: 'admin-catalog-item-edit',
        component: () => import('@/views/catalog/ItemEditView.vue'),
        meta: { title: '编辑事项', roles: EDIT.catalogDraft, menu: '/admin/catalog' },
      },
      {
        path: 'admin/catalog/items/:itemCode/new-situation',
        name: 'admin-catalog-situation-new',
        component: () => import('@/views/catalog/SituationEditView.vue'),
        meta: { title: '新增办事情形', roles: EDIT.catalogDraft, menu: '/admin/catalog' },
      },
      {
        path: 'admin/catalog/items/:itemCode/situations/:code/edit',
        name: 'admin-catalog-situation-edit',
        component: () => import('@/views/catalog/SituationEditView.vue'),
        meta: { title: '编辑办事情形', roles: EDIT.catalogDraft, menu: '/admin/catalog' },
      },
      {
        path: 'admin/blacklist',
        name: 'admin-blacklist',
        component: () => import('@/views/acceptance/BlacklistView.vue'),
        meta: { title: '失信名单', roles: ACCESS.blacklist },
      },
      {
        path: 'evaluation/cards',
        name: 'evaluation-cards',
        component: () => import('@/views/evaluation/CardEntryView.vue'),
        meta: { title: '卡片评与评价器', roles: ACCESS.evaluationCards },
      },
      {
        path: 'evaluation/rectifications',
        name: 'evaluation-rectifications',
        component: () => import('@/views/evaluation/RectificationInboxView.vue'),
        meta: { title: '差评整改', roles: ACCESS.evaluationRectifications },
      },
      {
        path: 'evaluation/rectifications/:id(\\d+)',
        name: 'evaluation-rectification',
        component: () => import('@/views/evaluation/RectificationDetailView.vue'),
        meta: { title: '差评整改详情', roles: ACCESS.evaluationRectifications, menu: '/evaluation/rectifications' },
      },
      {
        path: 'evaluation/stats',
        name: 'evaluation-stats',
        component: () => import('@/views/evaluation/EvaluationStatsView.vue'),
        meta: { title: '好差评排名', roles: ACCESS.evaluationStats },
      },
      {
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/errors/ForbiddenView.vue'),
        meta: { title: '无权访问' },
      },
    ],
  },
  // 办事指南 for citizens: no login, no staff shell.
  {
    path: '/guide',
    component: () => import('@/views/guide/GuideLayout.vue'),
    meta: { public: true },
    children: [
      {
        path: '',
        name: 'guide',
        component: () => import('@/views/guide/GuideHomeView.vue'),
        meta: { title: '办事指南' },
      },
      {
        path: 'items/:code',
        name: 'guide-item',
        component: () => import('@/views/guide/GuideItemView.vue'),
        meta: { title: '事项' },
      },
      {
        path: 'situations/:code',
        name: 'guide-situation',
        component: () => import('@/views/guide/GuideSituationView.vue'),
        meta: { title: '办事情形' },
      },
      {
        path: 'bundles/:code',
        name: 'guide-bundle',
        component: () => import('@/views/guide/GuideBundleView.vue'),
        meta: { title: '一件事一次办' },
      },
    ],
  },
  // 自助导办机 at the hall entrance: no login, no staff shell, full screen (?site=<id> = the hall it stands in).
  {
    path: '/kiosk',
    name: 'kiosk',
    component: () => import('@/views/kiosk/KioskView.vue'),
    meta: { title: '自助导办', public: true },
  },
  // 即时评: the citizen-facing tablet of a counter (paired by a site administrator; no login).
  {
    path: '/pad/:counterId(\\d+)',
    name: 'pad',
    component: () => import('@/views/evaluation/PadView.vue'),
    meta: { title: '服务评价', public: true },
  },
  // 叫号屏 of a hall: no login, no staff shell, full screen on the hall's display.
  {
    path: '/board/:siteId',
    name: 'board',
    component: () => import('@/views/board/BoardView.vue'),
    meta: { title: '叫号屏', public: true },
  },
  // Citizens' phone pages (follow a ticket, appointments, a case's progress): no login, phone first.
  {
    path: '/m',
    component: () => import('@/views/guide/GuideLayout.vue'),
    meta: { public: true, brand: '排队与预约' },
    children: [
      {
        path: 't/:token',
        name: 'm-ticket',
        component: () => import('@/views/mobile/FollowTicketView.vue'),
        meta: { title: '排队进度' },
      },
      {
        path: 'escalation',
        name: 'm-escalation',
        component: () => import('@/views/mobile/EscalationReportView.vue'),
        meta: { title: '反映办不成的事' },
      },
      {
        path: 'appointment',
        name: 'm-appointment',
        component: () => import('@/views/mobile/AppointmentBookView.vue'),
        meta: { title: '预约办理' },
      },
      {
        path: 'progress',
        name: 'm-progress-search',
        component: () => import('@/views/mobile/CaseProgressView.vue'),
        meta: { title: '办件进度查询', brand: '办件查询' },
      },
      {
        path: 'progress/:token',
        name: 'm-progress',
        component: () => import('@/views/mobile/CaseProgressView.vue'),
        meta: { title: '办件进度', brand: '办件查询' },
      },
      {
        path: 'rate/:token',
        name: 'm-rate',
        component: () => import('@/views/evaluation/PhoneRateView.vue'),
        meta: { title: '服务评价', brand: '好差评' },
      },
      {
        path: 'suggest/:code',
        name: 'm-suggest',
        component: () => import('@/views/mobile/SuggestView.vue'),
        meta: { title: '金点子征集', brand: '金点子' },
      },
      {
        path: 'appointment/:code',
        name: 'm-appointment-view',
        component: () => import('@/views/mobile/AppointmentView.vue'),
        meta: { title: '我的预约' },
      },
      // 网上办 / 掌上办: sign-in by phone and text-message code (meta.citizen: signed-in citizens only),
      // online application, my applications (办件进度查询 without an account is m-progress-search above).
      {
        path: 'sign-in',
        name: 'm-sign-in',
        component: () => import('@/views/citizen/CitizenSignInView.vue'),
        meta: { title: '手机号登录', brand: '网上办事' },
      },
      {
        path: 'apply',
        name: 'm-apply',
        component: () => import('@/views/citizen/ApplyView.vue'),
        meta: { title: '在线申请', brand: '网上办事', citizen: true },
      },
      {
        path: 'applications',
        name: 'm-applications',
        component: () => import('@/views/citizen/MyApplicationsView.vue'),
        meta: { title: '我的办件', brand: '网上办事', citizen: true },
      },
      {
        path: 'applications/:id(\\d+)',
        name: 'm-application',
        component: () => import('@/views/citizen/ApplicationView.vue'),
        meta: { title: '办件详情', brand: '网上办事', citizen: true },
      },
    ],
  },
  // A4 documents of a case (受理通知书, 一次性告知书, …): staff only, the case's data scope.
  {
    path: '/print/cases/:id',
    component: () => import('@/views/print/PrintLayout.vue'),
    meta: { roles: ACCESS.cases },
    children: [
      {
        path: 'acceptance-notice',
        name: 'print-case-acceptance-notice',
        component: () => import('@/views/print/cases/PrintAcceptanceNoticeView.vue'),
        meta: { title: '受理通知书（打印）' },
      },
      {
        path: 'notices/:noticeId',
        name: 'print-case-notice',
        component: () => import('@/views/print/cases/PrintCaseNoticeView.vue'),
        meta: { title: '告知书（打印）' },
      },
      {
        path: 'not-accepted-decision',
        name: 'print-case-not-accepted',
        component: () => import('@/views/print/cases/PrintNotAcceptedView.vue'),
        meta: { title: '不予受理决定书（打印）' },
      },
      {
        path: 'deficiency-pledge',
        name: 'print-case-deficiency-pledge',
        component: () => import('@/views/print/cases/PrintDeficiencyPledgeView.vue'),
        meta: { title: '容缺受理承诺书（打印）' },
      },
      {
        path: 'termination-notice',
        name: 'print-case-termination',
        component: () => import('@/views/print/cases/PrintTerminationView.vue'),
        meta: { title: '终止办理告知书（打印）' },
      },
    ],
  },
  // A4 print pages (public: the handbook is public, the notice is blank).
  {
    path: '/print',
    component: () => import('@/views/print/PrintLayout.vue'),
    meta: { public: true },
    children: [
      {
        path: 'situations/:code',
        name: 'print-situation',
        component: () => import('@/views/print/PrintSituationView.vue'),
        meta: { title: '办事指南（打印）' },
      },
      {
        path: 'handbook/:volume',
        name: 'print-handbook',
        component: () => import('@/views/print/PrintHandbookView.vue'),
        meta: { title: '受理事典分册（打印）' },
      },
      {
        path: 'ticket/:token',
        name: 'print-ticket',
        component: () => import('@/views/print/PrintTicketView.vue'),
        meta: { title: '号票（打印）', printTip: '号票宽 80 毫米，用取号机的小票打印机打印；普通打印机也可以。' },
      },
      {
        path: 'suggest-qr/:code',
        name: 'print-suggest-qr',
        component: () => import('@/views/print/PrintSuggestQrView.vue'),
        meta: { title: '金点子征集二维码（打印）' },
      },
      {
        path: 'delivery-receipt/:id(\\d+)',
        name: 'print-delivery-receipt',
        component: () => import('@/views/print/PrintDeliveryReceiptView.vue'),
        meta: { title: '送达回执（打印）' },
      },
      {
        path: 'one-time-notice',
        name: 'print-one-time-notice',
        component: () => import('@/views/print/PrintOneTimeNoticeView.vue'),
        meta: { title: '一次性告知单' },
      },
      {
        // a licence carries personal data: staff only, unlike the other print pages
        path: 'license/:id(\\d+)',
        name: 'print-license',
        component: () => import('@/views/print/PrintLicenseView.vue'),
        meta: {
          title: '证照（打印）',
          public: false,
          roles: ACCESS.licenses,
          printTip: 'A4 横向打印；在打印设置中关闭“页眉和页脚”，并勾选“背景图形”。',
        },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { title: '页面不存在', public: true },
  },
]
