import { computed, ref } from 'vue'
import type { CatalogVersion } from '@/api/types'
import { listVersions } from '@/api/catalog'

/** "草稿" or "第 3 版". */
export function versionLabel(version: number): string {
  return version === 0 ? '草稿' : `第 ${version} 版`
}

/** Reads a version from a route query value: 0 = the draft, null when absent or invalid. */
export function versionParam(value: unknown): number | null {
  const raw = Array.isArray(value) ? value[0] : value
  if (raw === undefined || raw === null || raw === '') return null
  const n = Number(raw)
  return Number.isInteger(n) && n >= 0 ? n : null
}

/** The catalog's versions (the draft first) and the newest published number. */
export function useCatalogVersions() {
  const versions = ref<CatalogVersion[]>([])
  const loaded = ref(false)
  const error = ref<string | null>(null)

  const published = computed(() =>
    versions.value
      .filter((v) => v.number !== null)
      .map((v) => v.number!)
      .sort((a, b) => b - a),
  )
  const latest = computed(() => published.value[0] ?? 0)
  const options = computed(() => [
    { value: 0, label: '草稿（编辑中）' },
    ...published.value.map((n) => ({ value: n, label: n === latest.value ? `${versionLabel(n)}（现行）` : versionLabel(n) })),
  ])

  async function load(): Promise<void> {
    try {
      versions.value = await listVersions()
      error.value = null
    } catch (e) {
      error.value = e instanceof Error ? e.message : '加载失败'
    } finally {
      loaded.value = true
    }
  }

  return { versions, loaded, error, published, latest, options, load }
}
