import { api, request } from './client'
import type { Me } from './types'

/** Form login (Spring Security): 200 with Me, or 401 with code auth.bad-credentials / auth.locked / auth.disabled. */
export function login(username: string, password: string): Promise<Me> {
  return request<Me>('/login', { method: 'POST', form: { username, password }, silent: true })
}

export function logout(): Promise<void> {
  return request<void>('/logout', { method: 'POST', silent: true })
}

/** The signed-in user; rejects with a 401 ApiError when nobody is signed in. */
export function fetchMe(): Promise<Me> {
  return api.get<Me>('/api/me', { silent: true })
}
