/** Only same-site paths are accepted as a post-login target (no open redirect). */
export function safeRedirect(value: unknown): string | null {
  const target = Array.isArray(value) ? value[0] : value
  if (typeof target !== 'string') return null
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return null
  if (target === '/login' || target.startsWith('/login?')) return null
  return target
}
