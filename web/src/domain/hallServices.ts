// 大厅服务 (预约办理, 帮办代办, 办不成事反映 …) as guidance may answer them. Guidance returns only their
// code and name; their description and ticket category come from GET /api/catalog/hall-services
// (the published catalog), loaded once per page.

import { CATEGORY_LABELS } from './categories'

export interface HallServiceInfo {
  code: string
  name: string
  /** The ticket category to take at the hall entrance. */
  ticketCategory: string
  description: string
}

/** The service as the catalog describes it; an unknown one still shows its name and a generic text. */
export function hallService(code: string, name: string, services: HallServiceInfo[]): HallServiceInfo {
  return (
    services.find((service) => service.code === code) ?? {
      code,
      name,
      ticketCategory: 'A',
      description: '请到导办台或综合受理窗口咨询办理。',
    }
  )
}

/** "A 类号（综合受理）" */
export function ticketCategoryText(category: string): string {
  const label = CATEGORY_LABELS[category]
  return label ? `${category} 类号（${label}）` : `${category} 类号`
}
