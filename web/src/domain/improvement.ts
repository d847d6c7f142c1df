// Rules of the 金点子 and 问题台账 pages, kept free of Vue so they can be unit tested.
import type { DeadlineClass, IssueSource, Light, SuggestionStatus, TargetGroup, Theme } from '@/api/improvement'
import { isValidMobile } from '@/utils/validators'

export const TARGET_GROUPS: Record<TargetGroup, string> = {
  CITIZEN: '群众',
  STAFF: '工作人员',
  DEPUTY: '人大代表政协委员',
  ENTERPRISE: '企业',
}

export const THEMES: Record<Theme, string> = {
  SERVICE_QUALITY: '服务质量',
  SERVICE_ATTITUDE: '服务态度',
  CONVENIENCE: '办事便利度',
  LAYOUT: '大厅布局及标识',
  COUNTERS: '窗口设置',
  OTHER: '其他',
}

export const DEADLINE_CLASSES: Record<DeadlineClass, string> = {
  CONTACT: '联系类（1个工作日）',
  GENERAL: '一般问题（3个工作日）',
  DIFFICULT: '疑难问题（7个工作日）',
}

export const ISSUE_SOURCES: Record<IssueSource, string> = {
  RECTIFICATION: '差评整改',
  ESCALATION: '办不成事',
  SUGGESTION: '金点子',
  MANUAL: '人工登记',
}

export const SUGGESTION_STATUSES: Record<SuggestionStatus, string> = {
  NEW: '待处理',
  ADOPTED: '已采纳',
  NOTED: '已记录',
  REJECTED: '不采纳',
}

/** The Element Plus tag type and the words of a light (never colour alone). */
export function lightTag(light: Light): { type: 'success' | 'warning' | 'danger' | 'info'; text: string } {
  switch (light) {
    case 'GREEN':
      return { type: 'success', text: '绿灯 正常' }
    case 'YELLOW':
      return { type: 'warning', text: '黄灯 临期' }
    case 'RED':
      return { type: 'danger', text: '红灯 超期' }
    default:
      return { type: 'info', text: '已销号' }
  }
}

export const MAX_SUGGESTION_LENGTH = 1000
export const MAX_NAME_LENGTH = 20

export interface SuggestionDraft {
  targetGroup: TargetGroup | undefined
  theme: Theme | undefined
  content: string
  name: string
  phone: string
  answers: Partial<Record<Theme, number>>
}

/** What is wrong with a draft before it is sent, per field (empty when it may be sent). */
export function suggestionProblems(draft: SuggestionDraft): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!draft.targetGroup) problems.targetGroup = '请选择您的身份'
  if (!draft.theme) problems.theme = '请选择建议主题'
  const content = draft.content.trim()
  if (!content) problems.content = '请填写您的建议'
  else if (content.length > MAX_SUGGESTION_LENGTH) problems.content = `建议不能超过${MAX_SUGGESTION_LENGTH}字`
  const name = draft.name.trim()
  if (name.length > MAX_NAME_LENGTH) problems.name = `姓名不能超过${MAX_NAME_LENGTH}字`
  else if (name && !/^[\p{L}·• ]+$/u.test(name)) problems.name = '姓名只能包含文字，也可以不填'
  const phone = draft.phone.replace(/[\s-]/g, '')
  if (phone && !isValidMobile(phone)) problems.phone = '请填写11位手机号，也可以不填'
  for (const [theme, score] of Object.entries(draft.answers)) {
    if (score !== undefined && (!Number.isInteger(score) || score < 1 || score > 5)) {
      problems[`answer-${theme}`] = '请打1至5分'
    }
  }
  return problems
}

/** The body of a draft without problems: blank name and phone are left out (anonymous). */
export function suggestionBody(draft: SuggestionDraft) {
  const name = draft.name.trim()
  const phone = draft.phone.replace(/[\s-]/g, '')
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([, score]) => score && score > 0))
  return {
    targetGroup: draft.targetGroup!,
    theme: draft.theme!,
    content: draft.content.trim(),
    ...(name ? { name } : {}),
    ...(phone ? { phone } : {}),
    answers,
  }
}

/** 按期销号率 of a department's closed entries, in whole percent; null without closed entries. */
export function onTimeRate(closed: number, closedOnTime: number): number | null {
  return closed > 0 ? Math.round((closedOnTime * 100) / closed) : null
}
