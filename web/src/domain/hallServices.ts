// 大厅服务 (预约办理, 帮办代办, 办不成事反映 …) as guidance may answer them. The back end has no
// public endpoint for them yet (guidance returns only their code and name), so their description
// and ticket category are kept here, copied from the shipped catalog
// (src/main/resources/catalog/seed/hall-services.json). Remove this table when
// GET /api/catalog/hall-services exists; an unknown code still shows its name and a generic text.

import { CATEGORY_LABELS } from './categories'

export interface HallServiceInfo {
  code: string
  name: string
  /** The ticket category to take at the hall entrance. */
  ticketCategory: string
  description: string
}

export const HALL_SERVICES: Record<string, HallServiceInfo> = {
  'SVC-APPOINTMENT': {
    code: 'SVC-APPOINTMENT',
    name: '预约办理',
    ticketCategory: 'A',
    description:
      '通过“赣服通”、政务服务网、12345热线或大厅导办台预约办理时段；预约群众到大厅后凭手机号或身份证取优先号，按预约时段优先叫号。工作日、周末延时时段和节假日值班时段均可预约；需要上门服务的老年人、残疾人可预约上门办理。',
  },
  'SVC-ASSISTED': {
    code: 'SVC-ASSISTED',
    name: '帮办代办',
    ticketCategory: 'D',
    description:
      '为老年人、残疾人、孕妇、不会使用智能手机的群众以及在外地的企业负责人提供帮办代办：帮办员全程陪同、协助填表、网上申报、材料预审，必要时全程代为办理；大厅设置帮办代办专窗和绿色通道，行动不便的可预约上门。村（社区）便民服务站可代收代办，由镇街分中心办理后送达。',
  },
  'SVC-ESCALATION': {
    code: 'SVC-ESCALATION',
    name: '办不成事反映',
    ticketCategory: 'C',
    description:
      '“办不成事”反映窗口为“办不了”“很难办”“不给办”的事项兜底：实行首问负责，登记台账，协调相关部门，分类处办、综合研判、答复反馈，闭环管理；一般问题3个工作日内办结，疑难问题7个工作日内回复。也受理对窗口服务的意见建议和投诉。',
  },
  'SVC-CROSS-REGION': {
    code: 'SVC-CROSS-REGION',
    name: '跨省通办、异地代收代办',
    ticketCategory: 'A',
    description:
      '“跨省通办”“省内通办”专窗：对已纳入全程网办的事项，指导群众在本地网上办理；对需要线下提交材料的事项，本窗口异地代收、核验材料后寄递或网上流转到办理地，结果免费邮寄；对户口迁移、社保医保转移、婚姻登记、居民身份证换补领等，按“一地受理、两地联办”办理。',
  },
  'SVC-MAILING': {
    code: 'SVC-MAILING',
    name: '邮寄送达（邮帮办）',
    ticketCategory: 'B',
    description:
      '“邮帮办”免费邮寄：办结的证照、批文、证明可选择免费邮寄到家或单位，窗口打印送达回执并归档；材料收取也可通过邮政寄递。证件邮寄前短信通知，签收后结果可在线查询。',
  },
  'SVC-EXTENDED-HOURS': {
    code: 'SVC-EXTENDED-HOURS',
    name: '延时、错时服务',
    ticketCategory: 'A',
    description:
      '工作日中午和下班后延时服务、周末和节假日错时服务：对预约群众和高频民生事项（社保医保、户籍证件、不动产、婚姻登记等）在延时错时时段照常受理；下班时已取号的群众全部办完再下班；7×24小时自助服务区可办理查询、打印、缴费等业务。',
  },
  'SVC-ENTERPRISE-CODE': {
    code: 'SVC-ENTERPRISE-CODE',
    name: '企业码、材料复用查询',
    ticketCategory: 'A',
    description:
      '企业码：企业出示或扫描“企业码”，窗口可调取企业以往办件、证照和可复用材料，已提交过且未变化的材料免予重复提交；个人可通过电子证照“亮证”复用身份证、户口簿、结婚证等证照。也提供办件进度查询、历史办件和材料复用查询。',
  },
  'SVC-SELF-SERVICE': {
    code: 'SVC-SELF-SERVICE',
    name: '7×24小时自助服务',
    ticketCategory: 'A',
    description:
      '大厅入口7×24小时自助服务区：社保卡即时制卡、参保证明和缴费证明打印、不动产登记信息查询、税费缴纳、出入境自助签注、电子证照打印、“赣服通”办事指导；导办员在工作时间现场指导，非工作时间可远程视频帮办。',
  },
}

/** What the desk and the kiosk show for a hall service; unknown codes get a generic text. */
export function hallService(code: string, name: string): HallServiceInfo {
  return (
    HALL_SERVICES[code] ?? {
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
