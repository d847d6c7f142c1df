import type { RouteRecordRaw } from 'vue-router'
import AppShell from '@/layouts/AppShell.vue'
// The login page is in the main bundle so that it shows without a second round trip.
import LoginView from '@/views/auth/LoginView.vue'
import { ACCESS } from './access'

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
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/errors/ForbiddenView.vue'),
        meta: { title: '无权访问' },
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
