import { ref } from 'vue'
import { listDepartments } from '@/api/departments'
import { departmentName } from '@/domain/catalog'

/**
 * Department names for the handbook's department codes. Signed-in pages read the county's own
 * list (short names); public pages use the built-in names (the list needs a login).
 */
export function useDepartmentNames(signedIn: boolean) {
  const names = ref<Record<string, string>>({})
  const fullNames = ref<Record<string, string>>({})

  async function load(): Promise<void> {
    if (!signedIn) return
    try {
      const list = await listDepartments({ silent: true })
      names.value = Object.fromEntries(list.map((d) => [d.code, d.shortName || d.name]))
      fullNames.value = Object.fromEntries(list.map((d) => [d.code, d.name]))
    } catch {
      // the built-in names stand in
    }
  }

  function name(code: string): string {
    return departmentName(code, names.value)
  }

  return { names, fullNames, name, load }
}
