// Thin fetch-based client for the OneWindow back end.
//
// - same-origin cookies (the session cookie) on every call;
// - CSRF: every non-GET request carries X-XSRF-TOKEN with the XSRF-TOKEN cookie's value;
//   without the cookie it first asks GET /api/auth/csrf, which sets it;
// - errors are RFC 9457 problem details, thrown as ApiError;
// - a global handler (installed by main.ts) shows the message; 401 from /api/** (except
//   /api/me, which is how the app asks "who am I", and the citizens' /api/public/**, whose
//   pages sign citizens in themselves) sends the user to the staff login page.
//
// This module knows nothing about Element Plus or the router so it can be unit tested.

import type { CsrfToken, FieldError, ProblemDetail } from './types'

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
const CSRF_ENDPOINT = '/api/auth/csrf'
const ME_ENDPOINT = '/api/me'

const STATUS_TITLES: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  400: '请求有误，请检查填写的内容',
  401: '未登录或登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '请求的数据不存在或已被删除',
  405: '不支持的操作',
  409: '数据已被他人修改，请刷新后重试',
  413: '提交的内容过大',
  422: '提交的内容未通过校验',
  429: '操作过于频繁，请稍后再试',
  500: '服务器内部错误，请稍后重试或联系系统管理员',
  502: '服务暂时不可用，请稍后重试',
  503: '服务暂时不可用，请稍后重试',
  504: '服务器响应超时，请稍后重试',
}

export function defaultTitle(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? STATUS_TITLES[500]! : `请求失败（${status}）`)
}

/** An error response of the back end, carrying its problem detail. */
export class ApiError extends Error {
  readonly problem: ProblemDetail
  /** True once the user has been told about it (message shown or redirected to login). */
  handled = false

  constructor(problem: ProblemDetail) {
    super(problem.detail || problem.title || defaultTitle(problem.status))
    this.name = 'ApiError'
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }

  get code(): string | undefined {
    return this.problem.code
  }

  /** Field errors keyed by field name (the first message per field). */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {}
    for (const e of this.problem.errors ?? []) {
      if (e.field && !(e.field in result)) result[e.field] = e.message
    }
    return result
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export interface ApiHooks {
  /** Shows an error to the user (ElMessage in the app). */
  notify(error: ApiError): void
  /** Called on 401 from /api/** other than /api/me. */
  unauthorized(error: ApiError): void
}

const hooks: ApiHooks = {
  notify: () => {},
  unauthorized: () => {},
}

export function configureApi(h: Partial<ApiHooks>): void {
  Object.assign(hooks, h)
}

type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  /** JSON body. */
  json?: unknown
  /** application/x-www-form-urlencoded body. */
  form?: Record<string, string>
  /** multipart/form-data body (file uploads); the browser sets the boundary. */
  multipart?: FormData
  /** Accept header; JSON unless a download asks for something else. */
  accept?: string
  /** Extra request headers (e.g. a paired counter pad's secret). */
  headers?: Record<string, string>
  /** Do not show the error globally; the caller shows it. 401 handling still applies. */
  silent?: boolean
  signal?: AbortSignal
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) {
      const value = decodeURIComponent(part.slice(eq + 1).trim())
      return value || null
    }
  }
  return null
}

let pendingCsrf: Promise<{ header: string; token: string }> | null = null

async function fetchCsrf(): Promise<{ header: string; token: string }> {
  const response = await fetch(CSRF_ENDPOINT, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) throw await toApiError(response)
  const body = (await response.json()) as CsrfToken
  // Prefer the cookie the call has just set: that is the raw token the back end compares.
  return { header: body.headerName || CSRF_HEADER, token: readCookie(CSRF_COOKIE) ?? body.token }
}

/** The CSRF header to send; fetches a token when there is no cookie (or when forced). */
export async function csrfHeader(force = false): Promise<{ header: string; token: string }> {
  const cookie = force ? null : readCookie(CSRF_COOKIE)
  if (cookie) return { header: CSRF_HEADER, token: cookie }
  pendingCsrf ??= fetchCsrf().finally(() => {
    pendingCsrf = null
  })
  return pendingCsrf
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue
    params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = { status: response.status, title: defaultTitle(response.status) }
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ProblemDetail> | null
      if (body && typeof body === 'object') {
        problem = {
          ...body,
          status: typeof body.status === 'number' ? body.status : response.status,
          title: body.title || problem.title,
          errors: Array.isArray(body.errors) ? (body.errors as FieldError[]) : undefined,
        }
      }
    } catch {
      // not JSON after all: keep the generic problem
    }
  }
  return new ApiError(problem)
}

function looksLikeCsrfFailure(error: ApiError): boolean {
  return error.status === 403 && (!error.code || error.code.toLowerCase().includes('csrf'))
}

function isProtectedApi(path: string): boolean {
  const bare = path.split('?')[0]!
  return bare.startsWith('/api/') && !bare.startsWith('/api/public/') && bare !== ME_ENDPOINT && bare !== CSRF_ENDPOINT
}

async function send(path: string, options: RequestOptions, forceCsrf: boolean): Promise<Response> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { ...options.headers, Accept: options.accept ?? 'application/json' }
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  } else if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8'
    body = new URLSearchParams(options.form).toString()
  } else if (options.multipart) {
    body = options.multipart
  }
  if (method !== 'GET') {
    const csrf = await csrfHeader(forceCsrf)
    headers[csrf.header] = csrf.token
  }
  return fetch(buildUrl(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  })
}

/** Sends a request; returns the response when it is OK, otherwise reports and throws an ApiError. */
async function perform(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET'
  let error: ApiError
  try {
    let response = await send(path, options, false)
    if (response.status === 403 && method !== 'GET') {
      // A stale CSRF token (e.g. rotated at login): get a fresh one and try once more.
      const first = await toApiError(response.clone())
      if (looksLikeCsrfFailure(first)) response = await send(path, options, true)
    }
    if (response.ok) return response
    error = await toApiError(response)
  } catch (e) {
    if (e instanceof ApiError) error = e
    else if (e instanceof DOMException && e.name === 'AbortError') throw e
    else error = new ApiError({ status: 0, title: defaultTitle(0) })
  }
  if (error.status === 401 && isProtectedApi(path)) {
    error.handled = true
    hooks.unauthorized(error)
  } else if (!options.silent) {
    error.handled = true
    hooks.notify(error)
  }
  throw error
}

/** Sends a request and returns the parsed JSON body (undefined for 204 or an empty body). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await perform(path, options)
  return (await parseBody(response)) as T
}

export interface Download {
  blob: Blob
  /** From Content-Disposition (filename* preferred), null when the server names none. */
  filename: string | null
}

/** Fetches a file (GET by default) with the same error handling as {@link request}. */
export async function download(path: string, options: RequestOptions = {}): Promise<Download> {
  const response = await perform(path, { accept: '*/*', ...options })
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) }
}

export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition)
  if (!plain) return null
  return (plain[2] ?? plain[1]!).trim() || null
}

async function parseBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const text = await response.text()
  if (!text) return undefined
  const type = response.headers.get('Content-Type') ?? ''
  return type.includes('json') ? JSON.parse(text) : text
}

type Opts = Omit<RequestOptions, 'method' | 'json'>

export const api = {
  get: <T>(path: string, opts?: Opts) => request<T>(path, { ...opts, method: 'GET' }),
  post: <T>(path: string, json?: unknown, opts?: Opts) => request<T>(path, { ...opts, method: 'POST', json }),
  put: <T>(path: string, json?: unknown, opts?: Opts) => request<T>(path, { ...opts, method: 'PUT', json }),
  delete: <T = void>(path: string, opts?: Opts) => request<T>(path, { ...opts, method: 'DELETE' }),
  /** multipart/form-data POST, e.g. a file upload. */
  upload: <T>(path: string, data: FormData, opts?: Opts) =>
    request<T>(path, { ...opts, method: 'POST', multipart: data }),
}
