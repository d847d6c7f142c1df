import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { useSession } from '@/stores/session'
import { deferred } from './deferred'

interface Who {
  name: string
}

describe('useSession (the staff and citizen sign-in stores)', () => {
  it('asks the back end once, and again only when forced', async () => {
    const fetchMe = vi.fn(async (): Promise<Who> => ({ name: '张三' }))
    const s = useSession(fetchMe)
    expect(s.checked.value).toBe(false)
    const [a, b] = await Promise.all([s.ensureLoaded(), s.ensureLoaded()])
    expect(a).toEqual({ name: '张三' })
    expect(b).toBe(a)
    expect(fetchMe).toHaveBeenCalledTimes(1)
    expect(s.checked.value).toBe(true)
    await s.ensureLoaded()
    expect(fetchMe).toHaveBeenCalledTimes(1)
    await s.ensureLoaded(true)
    expect(fetchMe).toHaveBeenCalledTimes(2)
  })

  it('takes a refusal of the back end as nobody signed in', async () => {
    const s = useSession<Who>(async () => {
      throw new ApiError({ status: 401 })
    })
    expect(await s.ensureLoaded()).toBeNull()
    expect(s.me.value).toBeNull()
    expect(s.checked.value).toBe(true)
  })

  it('lets a programming error through', async () => {
    const s = useSession<Who>(async () => {
      throw new TypeError('broken')
    })
    await expect(s.ensureLoaded()).rejects.toThrow('broken')
    expect(s.checked.value).toBe(false)
  })

  it('does not let a late answer undo a sign-in or a sign-out made meanwhile', async () => {
    const answer = deferred<Who>()
    const s = useSession<Who>(() => answer.promise)
    const asking = s.ensureLoaded()
    s.remember({ name: '李四' })
    answer.resolve({ name: '王五' })
    expect(await asking).toEqual({ name: '李四' })
    expect(s.me.value).toEqual({ name: '李四' })

    const again = deferred<Who>()
    const t = useSession<Who>(() => again.promise)
    const asked = t.ensureLoaded()
    t.clear()
    again.resolve({ name: '王五' })
    expect(await asked).toBeNull()
    expect(t.me.value).toBeNull()
    expect(t.checked.value).toBe(true)
  })
})
