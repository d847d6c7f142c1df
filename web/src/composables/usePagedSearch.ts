import { reactive, ref, type Ref } from 'vue'
import type { Page } from '@/api/types'
import { useLoader, type Loader } from './useLoader'

/** The page the back end is asked for: numbered from 0, as Spring pages are. */
export interface PageRequest {
  page: number
  size: number
}

export interface PagedSearch<T, F> {
  /** The pager's state: the page numbered from 1, as Element Plus shows it, and the page size. */
  paging: { page: number; size: number }
  /** The filters the table shows: as they were when 查询 was pressed, not as they are being typed. */
  applied: Ref<F>
  result: Loader<Page<T>>
  /** Shows the first page of what these filters find. */
  search: (filters: F) => void
}

/**
 * A searchable table that pages on the server (操作日志, 短信发件箱): the filters applied by 查询, the pager, and the
 * page of rows with its loading / error state. Another page or page size reads again with the applied filters.
 */
export function usePagedSearch<T, F>(
  fetch: (page: PageRequest, filters: F) => Promise<Page<T>>,
  initial: F,
  size = 20,
): PagedSearch<T, F> {
  const paging = reactive({ page: 1, size })
  const applied = ref(initial) as Ref<F>
  const result = useLoader(() => fetch({ page: paging.page - 1, size: paging.size }, applied.value), {
    content: [],
    page: 0,
    size,
    total: 0,
  } as Page<T>)

  function search(filters: F): void {
    applied.value = filters
    paging.page = 1
    void result.load()
  }

  return { paging, applied, result, search }
}
