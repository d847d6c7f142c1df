import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, configureApi, readCookie, request } from '@/api/client'

interface Call {
  url: string
  init: RequestInit
}

let cookie = ''
let calls: Call[] = []
let responder: (url: string, init: RequestInit) => Response

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

function header(call: Call, name: string): string | undefined {
  return (call.init.headers as Record<string, string>)[name]
}

const notify = vi.fn()
const unauthorized = vi.fn()

beforeEach(() => {
  cookie = ''
  calls = []
  notify.mockReset()
  unauthorized.mockReset()
  configureApi({ notify, unauthorized })
  vi.stubGlobal('document', {
    get cookie() {
      return cookie
    },
  })
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init })
    return responder(url, init)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    cookie = 'SESSION=abc; XSRF-TOKEN=a%2Bb; other=1'
    expect(readCookie('XSRF-TOKEN')).toBe('a+b')
    expect(readCookie('missing')).toBeNull()
  })
})

describe('CSRF', () => {
  it('sends no CSRF header on GET', async () => {
    cookie = 'XSRF-TOKEN=t1'
    responder = () => json(200, [])
    await api.get('/api/sites')
    expect(calls).toHaveLength(1)
    expect(header(calls[0]!, 'X-XSRF-TOKEN')).toBeUndefined()
    expect(calls[0]!.init.credentials).toBe('same-origin')
  })

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on non-GET requests', async () => {
    cookie = 'XSRF-TOKEN=t1'
    responder = () => json(200, { id: 3 })
    await api.put('/api/counters/3', { number: 3 })
    expect(calls).toHaveLength(1)
    expect(header(calls[0]!, 'X-XSRF-TOKEN')).toBe('t1')
    expect(header(calls[0]!, 'Content-Type')).toBe('application/json')
    expect(calls[0]!.init.body).toBe('{"number":3}')
  })

  it('asks /api/auth/csrf first when the cookie is missing', async () => {
    responder = (url) => {
      if (url === '/api/auth/csrf') {
        cookie = 'XSRF-TOKEN=fresh'
        return json(200, { token: 'masked', headerName: 'X-XSRF-TOKEN' })
      }
      return new Response(null, { status: 204 })
    }
    await request('/logout', { method: 'POST' })
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/csrf', '/logout'])
    expect(header(calls[1]!, 'X-XSRF-TOKEN')).toBe('fresh')
  })

  it('falls back to the token in the body when no cookie could be read', async () => {
    responder = (url) => (url === '/api/auth/csrf' ? json(200, { token: 'body-token' }) : json(200, {}))
    await api.post('/api/sites', {})
    expect(header(calls[1]!, 'X-XSRF-TOKEN')).toBe('body-token')
  })

  it('retries once with a fresh token after a CSRF rejection', async () => {
    cookie = 'XSRF-TOKEN=stale'
    let posts = 0
    responder = (url) => {
      if (url === '/api/auth/csrf') {
        cookie = 'XSRF-TOKEN=new'
        return json(200, { token: 'x' })
      }
      posts++
      return posts === 1 ? new Response(null, { status: 403 }) : json(200, { ok: true })
    }
    await expect(api.post('/api/sites', {})).resolves.toEqual({ ok: true })
    expect(calls.map((c) => header(c, 'X-XSRF-TOKEN'))).toEqual(['stale', undefined, 'new'])
  })

  it('does not retry a 403 that is a real permission problem', async () => {
    cookie = 'XSRF-TOKEN=t'
    responder = () => json(403, { status: 403, title: '无权操作', code: 'auth.forbidden' }, 'application/problem+json')
    await expect(api.post('/api/sites', {})).rejects.toBeInstanceOf(ApiError)
    expect(calls).toHaveLength(1)
  })

  it('sends form logins url-encoded', async () => {
    cookie = 'XSRF-TOKEN=t'
    responder = () => json(200, { id: 1 })
    await request('/login', { method: 'POST', form: { username: 'wang fang', password: 'a&b' } })
    expect(header(calls[0]!, 'Content-Type')).toContain('application/x-www-form-urlencoded')
    expect(calls[0]!.init.body).toBe('username=wang+fang&password=a%26b')
  })
})

describe('errors', () => {
  it('throws an ApiError carrying the problem detail and shows it', async () => {
    cookie = 'XSRF-TOKEN=t'
    responder = () =>
      json(
        400,
        {
          type: 'about:blank',
          title: '请求参数有误',
          status: 400,
          detail: '窗口号已被占用',
          code: 'site.counter-number-taken',
          errors: [{ field: 'number', message: '本站点已有 3 号窗口' }],
        },
        'application/problem+json',
      )
    const error = await api.post('/api/sites/1/counters', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const e = error as ApiError
    expect(e.message).toBe('窗口号已被占用')
    expect(e.code).toBe('site.counter-number-taken')
    expect(e.fieldErrors).toEqual({ number: '本站点已有 3 号窗口' })
    expect(notify).toHaveBeenCalledWith(e)
    expect(e.handled).toBe(true)
  })

  it('uses the title when there is no detail, and a Chinese default without a body', async () => {
    responder = () => json(404, { status: 404, title: '站点不存在' }, 'application/problem+json')
    await expect(api.get('/api/sites/9')).rejects.toThrow('站点不存在')
    responder = () => new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })
    await expect(api.get('/api/sites')).rejects.toThrow('服务暂时不可用，请稍后重试')
  })

  it('turns a network failure into an ApiError with status 0', async () => {
    responder = () => {
      throw new TypeError('Failed to fetch')
    }
    const e = (await api.get('/api/sites').catch((x: unknown) => x)) as ApiError
    expect(e.status).toBe(0)
    expect(e.message).toContain('无法连接服务器')
  })

  it('stays quiet when asked to', async () => {
    responder = () => json(409, { status: 409, title: '冲突' })
    await expect(api.get('/api/x', { silent: true })).rejects.toBeInstanceOf(ApiError)
    expect(notify).not.toHaveBeenCalled()
  })
})

describe('401', () => {
  it('sends the user to the login page on 401 from an /api call', async () => {
    responder = () => json(401, { status: 401, title: '未登录' })
    await expect(api.get('/api/staff')).rejects.toBeInstanceOf(ApiError)
    expect(unauthorized).toHaveBeenCalledTimes(1)
    expect(notify).not.toHaveBeenCalled()
  })

  it('does not redirect on 401 from /api/me or from the login form', async () => {
    responder = () => json(401, { status: 401, title: '未登录', code: 'auth.bad-credentials' })
    await expect(api.get('/api/me', { silent: true })).rejects.toBeInstanceOf(ApiError)
    cookie = 'XSRF-TOKEN=t'
    await expect(request('/login', { method: 'POST', form: {}, silent: true })).rejects.toBeInstanceOf(ApiError)
    expect(unauthorized).not.toHaveBeenCalled()
  })

  it('leaves the 401 of a citizen page to the page itself (no staff login)', async () => {
    responder = () => json(401, { status: 401, title: '请先登录', code: 'citizen.sign-in-required' })
    await expect(api.get('/api/public/citizen/applications', { silent: true })).rejects.toBeInstanceOf(ApiError)
    expect(unauthorized).not.toHaveBeenCalled()
  })
})

describe('bodies', () => {
  it('returns undefined for 204 and builds query strings without empty values', async () => {
    cookie = 'XSRF-TOKEN=t'
    responder = () => new Response(null, { status: 204 })
    await expect(api.delete('/api/staff/1/lock')).resolves.toBeUndefined()
    responder = () => json(200, { content: [] })
    await api.get('/api/audit', { query: { page: 0, size: 20, username: '', from: undefined, to: '2026-11-21' } })
    expect(calls[1]!.url).toBe('/api/audit?page=0&size=20&to=2026-11-21')
  })
})
