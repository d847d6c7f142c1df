import { api, download, type RequestOptions } from './client'
import type { HallServiceInfo } from '@/domain/hallServices'
import type {
  Bundle,
  BundleDetail,
  CatalogDepartment,
  CatalogDiff,
  CatalogSummary,
  CatalogVersion,
  DraftItem,
  HandbookVolume,
  ItemDetail,
  ItemSummary,
  ServiceItem,
  Situation,
  SituationDetail,
  VolumeDetail,
  Violation,
} from './types'

type Opts = Pick<RequestOptions, 'silent' | 'signal'>

// --- the published handbook, no login ------------------------------------------------------------

export interface ItemQuery {
  department?: string | null
  volume?: HandbookVolume | null
  lifeEvent?: string | null
  q?: string | null
  /** A published version number; absent = the newest. */
  version?: number | null
}

export const catalogSummary = (opts?: Opts) => api.get<CatalogSummary>('/api/catalog/summary', opts)
export const listItems = (query: ItemQuery = {}, opts?: Opts) =>
  api.get<ItemSummary[]>('/api/catalog/items', { ...opts, query: { ...query } })
export const getItem = (code: string, version?: number | null, opts?: Opts) =>
  api.get<ItemDetail>(`/api/catalog/items/${encodeURIComponent(code)}`, { ...opts, query: { version } })
export const getSituation = (code: string, version?: number | null, opts?: Opts) =>
  api.get<SituationDetail>(`/api/catalog/situations/${encodeURIComponent(code)}`, { ...opts, query: { version } })
export const listBundles = (version?: number | null, opts?: Opts) =>
  api.get<Bundle[]>('/api/catalog/bundles', { ...opts, query: { version } })
export const getBundle = (code: string, version?: number | null, opts?: Opts) =>
  api.get<BundleDetail>(`/api/catalog/bundles/${encodeURIComponent(code)}`, { ...opts, query: { version } })
export const getVolume = (volume: HandbookVolume, version?: number | null, opts?: Opts) =>
  api.get<VolumeDetail>(`/api/catalog/volumes/${volume}`, { ...opts, query: { version } })
/** The departments that have items in a published version, with their item counts. */
export const listCatalogDepartments = (version?: number | null, opts?: Opts) =>
  api.get<CatalogDepartment[]>('/api/catalog/departments', { ...opts, query: { version } })
export const listHallServices = (version?: number | null, opts?: Opts) =>
  api.get<HallServiceInfo[]>('/api/catalog/hall-services', { ...opts, query: { version } })
export const listLifeEvents = (version?: number | null, opts?: Opts) =>
  api.get<string[]>('/api/catalog/life-events', { ...opts, query: { version } })

// --- maintenance (SITE_ADMIN, SYS_ADMIN) ------------------------------------------------------------

export const listVersions = (opts?: Opts) => api.get<CatalogVersion[]>('/api/catalog/versions', opts)
export const publishVersion = (note: string, opts?: Opts) =>
  api.post<CatalogVersion>('/api/catalog/versions', { note }, opts)
/** 0 stands for the draft. */
export const diffVersions = (from: number, to: number, opts?: Opts) =>
  api.get<CatalogDiff>(`/api/catalog/versions/${from}/diff/${to}`, opts)
export const draftProblems = (opts?: Opts) => api.get<Violation[]>('/api/catalog/draft/problems', opts)
export const getDraftItem = (code: string, opts?: Opts) =>
  api.get<DraftItem>(`/api/catalog/draft/items/${encodeURIComponent(code)}`, opts)
export const saveDraftItem = (item: ServiceItem, opts?: Opts) =>
  api.put<ServiceItem>(`/api/catalog/draft/items/${encodeURIComponent(item.code)}`, { item }, opts)
export const saveDraftSituation = (situation: Situation, opts?: Opts) =>
  api.put<Situation>(`/api/catalog/draft/situations/${encodeURIComponent(situation.code)}`, { situation }, opts)
export const deleteDraftSituation = (code: string, opts?: Opts) =>
  api.delete(`/api/catalog/draft/situations/${encodeURIComponent(code)}`, opts)

/** The Excel workbook of a version (0 = the draft, where the back end supports it). */
export const downloadWorkbook = (version: number, opts?: Opts) =>
  download(`/api/catalog/versions/${version}/workbook`, {
    ...opts,
    accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json;q=0.9, */*;q=0.8',
  })

/** Replaces the draft with the content of an Excel workbook; a 422 lists every bad row in `errors`. */
export function importWorkbook(file: File, opts?: Opts): Promise<unknown> {
  const data = new FormData()
  data.append('file', file, file.name)
  return api.upload<unknown>('/api/catalog/draft/workbook', data, opts)
}

// --- 一件事 in the draft ------------------------------------------------------------------------------

/** Items of the draft; `q` searches names, keywords, aliases and phrases. */
export const listDraftItems = (query: Omit<ItemQuery, 'version'> = {}, opts?: Opts) =>
  api.get<ItemSummary[]>('/api/catalog/draft/items', { ...opts, query: { ...query } })
export const getDraftSituation = (code: string, opts?: Opts) =>
  api.get<Situation>(`/api/catalog/draft/situations/${encodeURIComponent(code)}`, opts)
export const listDraftBundles = (opts?: Opts) => api.get<Bundle[]>('/api/catalog/draft/bundles', opts)
export const saveDraftBundle = (bundle: Bundle, opts?: Opts) =>
  api.put<Bundle>(`/api/catalog/draft/bundles/${encodeURIComponent(bundle.code)}`, { bundle }, opts)
