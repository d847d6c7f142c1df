import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CatalogDepartment } from '@/api/types'
import { listCatalogDepartments } from '@/api/catalog'
import { departmentName } from '@/domain/catalog'

/**
 * The names of the departments that own items (public, no login), read once per page load.
 * Every handbook page shows department names from here; an unknown code shows as itself.
 */
export const useCatalogDepartments = defineStore('catalogDepartments', () => {
  const list = ref<CatalogDepartment[]>([])
  const loaded = ref(false)
  const error = ref<string | null>(null)
  const loading = ref(false)
  let pending: Promise<void> | null = null

  const shortNames = computed(() => Object.fromEntries(list.value.map((d) => [d.code, d.shortName || d.name])))
  const fullNames = computed(() => Object.fromEntries(list.value.map((d) => [d.code, d.name])))

  /** Loads the list once; later calls reuse it unless forced (a failed load is tried again). */
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve()
    loading.value = true
    pending ??= listCatalogDepartments(null, { silent: true })
      .then((result) => {
        list.value = result
        loaded.value = true
        error.value = null
      })
      .catch((e: unknown) => {
        error.value = e instanceof Error ? e.message : '加载失败'
      })
      .finally(() => {
        pending = null
        loading.value = false
      })
    return pending
  }

  function name(code: string): string {
    return departmentName(code, shortNames.value)
  }

  function fullName(code: string): string {
    return departmentName(code, fullNames.value)
  }

  return { list, loaded, loading, error, shortNames, fullNames, load, name, fullName }
})
