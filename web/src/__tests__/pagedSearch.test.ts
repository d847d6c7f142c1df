import { describe, expect, it } from 'vitest'
import type { Page } from '@/api/types'
import { usePagedSearch, type PageRequest } from '@/composables/usePagedSearch'

interface Filters {
  phone?: string
}

function recorder() {
  const asked: { page: PageRequest; filters: Filters }[] = []
  const fetch = async (page: PageRequest, filters: Filters): Promise<Page<string>> => {
    asked.push({ page, filters })
    return { content: [`${filters.phone ?? '*'}#${page.page}`], page: page.page, size: page.size, total: 45 }
  }
  return { asked, fetch }
}

describe('usePagedSearch', () => {
  it('starts empty on page 1 and asks the back end for page 0 with the initial filters', async () => {
    const { asked, fetch } = recorder()
    const s = usePagedSearch<string, Filters>(fetch, {})
    expect(s.result.data.value).toEqual({ content: [], page: 0, size: 20, total: 0 })
    expect(asked).toHaveLength(0)
    await s.result.load()
    expect(asked).toEqual([{ page: { page: 0, size: 20 }, filters: {} }])
    expect(s.result.data.value.content).toEqual(['*#0'])
  })

  it('pages with the filters applied by 查询, not as they are being typed', async () => {
    const { asked, fetch } = recorder()
    const s = usePagedSearch<string, Filters>(fetch, {})
    s.search({ phone: '5678' })
    s.paging.page = 3
    s.paging.size = 50
    await s.result.load()
    expect(asked.at(-1)).toEqual({ page: { page: 2, size: 50 }, filters: { phone: '5678' } })
    expect(s.applied.value).toEqual({ phone: '5678' })
  })

  it('goes back to the first page on a new search', async () => {
    const { asked, fetch } = recorder()
    const s = usePagedSearch<string, Filters>(fetch, {}, 100)
    s.paging.page = 4
    s.search({ phone: '139' })
    expect(s.paging.page).toBe(1)
    await Promise.resolve()
    expect(asked.at(-1)).toEqual({ page: { page: 0, size: 100 }, filters: { phone: '139' } })
  })
})
