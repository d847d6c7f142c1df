import { api, type RequestOptions } from './client'
import type { Counter, CounterRequest, Region, Site, SiteRequest } from './types'

/** Sites in the user's scope, parents before children. */
export const listSites = () => api.get<Site[]>('/api/sites')
export const getSite = (id: number) => api.get<Site>(`/api/sites/${id}`)
export const createSite = (body: SiteRequest) => api.post<Site>('/api/sites', body)
export const updateSite = (id: number, body: SiteRequest) => api.put<Site>(`/api/sites/${id}`, body)

/** Children of a region; without a parent, the top level. */
export const listRegions = (parent?: string) => api.get<Region[]>('/api/regions', { query: { parent } })

export const listCounters = (siteId: number, opts?: Pick<RequestOptions, 'silent'>) =>
  api.get<Counter[]>(`/api/sites/${siteId}/counters`, opts)
export const createCounter = (siteId: number, body: CounterRequest) =>
  api.post<Counter>(`/api/sites/${siteId}/counters`, body)
export const updateCounter = (id: number, body: CounterRequest) => api.put<Counter>(`/api/counters/${id}`, body)
