import { api, type RequestOptions } from './client'
import type { GuidanceResponse, GuidanceType } from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

/** The most characters a citizen's words may have (the back end answers 400 beyond). */
export const MAX_GUIDANCE_QUERY = 200

export interface GuidanceQuery {
  /** The citizen's own words, 1–200 characters. */
  q: string
  /** The hall asked about: answers then say whether it may accept them. */
  site?: number | null
  /** 1–50, the back end's default is 5. */
  limit?: number
}

/** Public (no login): the citizen's words in, ranked answers out. */
export const searchGuidance = (query: GuidanceQuery, opts?: Opts) =>
  api.get<GuidanceResponse>('/api/guidance', { ...opts, query: { q: query.q, site: query.site, limit: query.limit } })

/** Whether a site may accept a situation, and where to go instead. */
export interface Whereabouts {
  acceptableHere: boolean
  nearestSite: { id: number; name: string } | null
}

/**
 * Where a situation or bundle can be done, seen from a site. There is no endpoint for it yet:
 * guidance is asked with the matter's own name and the answer with its code is taken; null when it
 * is not among the answers (the screen then shows only the levels that may accept it).
 */
export async function locate(
  matter: { type: GuidanceType; code: string; name: string },
  site: number,
  opts?: Opts,
): Promise<Whereabouts | null> {
  const response = await searchGuidance({ q: matter.name.slice(0, MAX_GUIDANCE_QUERY), site, limit: 20 }, opts)
  const hit = response.results.find((r) => r.type === matter.type && r.code === matter.code)
  return hit ? { acceptableHere: hit.acceptableHere, nearestSite: hit.nearestSite } : null
}
