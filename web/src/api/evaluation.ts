// 好差评 (evaluation): the counter pad (即时评), the phone page (扫码评 / 网上评), anonymous cards (卡片评),
// the rectification inbox (差评整改) and the monthly statistics. Texts come back as plain text: render them
// with {{ }} (escaped), never v-html.
import { api, type RequestOptions } from './client'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

export type Level = 'VERY_SATISFIED' | 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED'

export interface LevelOption {
  code: Level
  label: string
  bad: boolean
}

export interface EvaluationOptions {
  levels: LevelOption[]
  reasons: string[]
}

export interface RatingView {
  id: number
  level: Level
  levelLabel: string
  channel: string
  channelLabel: string
  reasons: string[]
  comment: string | null
  ratedAt: string
  annulled: boolean
  followUpLevel: Level | null
  followUpLabel: string | null
  followUpComment: string | null
  followedUpAt: string | null
}

export interface PublicService {
  id: number
  kind: 'TICKET' | 'CASE'
  description: string
  finishedAt: string
  rating: RatingView | null
  followUpAllowed: boolean
}

/** Where the QR of a ticket or of an acceptance notice leads once the service can be rated (扫码评). */
export interface RateLink {
  ratingToken: string
  rated: boolean
  followedUp: boolean
}

export interface Verdict {
  level: Level
  reasons: string[]
  comment: string | null
}

export interface RectificationStep {
  text: string
  by: string | null
  at: string
}

export type Light = 'GREEN' | 'YELLOW' | 'RED' | 'NONE'

export interface Rectification {
  id: number
  siteId: number
  siteName: string
  departmentId: number | null
  departmentName: string | null
  staffName: string | null
  service: string
  reason: string
  status: 'OPEN' | 'CLOSED'
  light: Light
  openedOn: string
  callBackDue: string
  feedbackDue: string
  callBack: RectificationStep | null
  verification: RectificationStep | null
  feedback: RectificationStep | null
  appeal: RectificationStep | null
  appealDecision: 'APPROVED' | 'DECLINED' | null
  decision: RectificationStep | null
  closedAt: string | null
  onTime: boolean | null
  annulled: boolean
  version: number
  rating: RatingView
  /** 1, or more once a 追评 still 不满意 reopened it. */
  round: number
  reopenedOn: string | null
  /** The 追评 that reopened it, e.g. 群众追评不满意：… */
  reopenReason: string | null
  /** A satisfied 追评: the 回访 result. */
  revisit: { level: Level; levelLabel: string; comment: string | null; at: string } | null
  /** The closed rounds before the reopening, oldest first. */
  earlierRounds: RectificationRound[]
}

export interface RectificationRound {
  round: number
  openedOn: string
  callBackDue: string
  feedbackDue: string
  callBackText: string | null
  callBackAt: string | null
  verifyText: string | null
  verifyAt: string | null
  feedbackText: string | null
  feedbackAt: string | null
  closedAt: string | null
  onTime: boolean | null
}

export interface StatsRow {
  id: number | null
  name: string
  counts: Record<Level, number>
  total: number
  goodRate: number | null
  bad: number
  badClosedInTime: number
  closedInTimeRate: number | null
}

export interface PairedPad {
  counterId: number
  counterName: string
  secret: string
  padPath: string
}

export interface CardRequest extends Verdict {
  siteId?: number | null
  counterId?: number | null
  departmentId?: number | null
}

const PUBLIC = '/api/public/evaluation'
export const PAD_SECRET_HEADER = 'X-Pad-Secret'

export const getEvaluationOptions = (opts?: Opts) => api.get<EvaluationOptions>(`${PUBLIC}/options`, opts)

const padHeaders = (secret: string) => ({ [PAD_SECRET_HEADER]: secret })

/** The service just finished at the counter, or undefined (204) when there is none. */
export const getPadPending = (counterId: number, secret: string, opts?: Opts) =>
  api.get<PublicService | undefined>(`${PUBLIC}/pads/${counterId}/pending`, { ...opts, headers: padHeaders(secret) })

export const rateOnPad = (counterId: number, secret: string, body: Verdict & { serviceId: number }, opts?: Opts) =>
  api.post<RatingView>(`${PUBLIC}/pads/${counterId}/ratings`, body, { ...opts, headers: padHeaders(secret) })

/** The rating link of a finished ticket by its follow token (404 while it is not finished). */
export const getTicketRateLink = (followToken: string, opts?: Opts) =>
  api.get<RateLink>(`${PUBLIC}/tickets/${encodeURIComponent(followToken)}`, opts)

/** The rating link of a delivered case by its progress token (404 while it is not delivered). */
export const getCaseRateLink = (progressToken: string, opts?: Opts) =>
  api.get<RateLink>(`${PUBLIC}/cases/${encodeURIComponent(progressToken)}`, opts)

export const getRatedService = (token: string, opts?: Opts) =>
  api.get<PublicService>(`${PUBLIC}/ratings/${encodeURIComponent(token)}`, opts)

export const rateByToken = (token: string, body: Verdict, opts?: Opts) =>
  api.post<RatingView>(`${PUBLIC}/ratings/${encodeURIComponent(token)}`, body, opts)

export const followUp = (token: string, body: { level: Level; comment: string | null }, opts?: Opts) =>
  api.post<RatingView>(`${PUBLIC}/ratings/${encodeURIComponent(token)}/follow-up`, body, opts)

// --- staff ----------------------------------------------------------------------------------------

export const pairPad = (counterId: number, opts?: Opts) =>
  api.post<PairedPad>('/api/evaluation/pads', { counterId }, opts)

export const enterCard = (body: CardRequest, opts?: Opts) => api.post<RatingView>('/api/evaluation/cards', body, opts)

export const listRectifications = (all: boolean, opts?: Opts) =>
  api.get<Rectification[]>('/api/evaluation/rectifications', { ...opts, query: { all } })

export const getRectification = (id: number, opts?: Opts) =>
  api.get<Rectification>(`/api/evaluation/rectifications/${id}`, opts)

export type RectificationAction = 'call-back' | 'verification' | 'feedback' | 'appeal'

export const rectificationStep = (id: number, action: RectificationAction, text: string, version: number, opts?: Opts) =>
  api.post<Rectification>(`/api/evaluation/rectifications/${id}/${action}`, { text, version }, opts)

export const decideAppeal = (id: number, approve: boolean, text: string, version: number, opts?: Opts) =>
  api.post<Rectification>(`/api/evaluation/rectifications/${id}/appeal-decision`, { approve, text, version }, opts)

export type StatsBy = 'staff' | 'counter' | 'department' | 'site'

export const getEvaluationStats = (month: string, by: StatsBy, opts?: Opts) =>
  api.get<StatsRow[]>('/api/evaluation/stats', { ...opts, query: { month, by } })
