import { reactive } from 'vue'
import { isApiError } from '@/api/client'

/**
 * Field errors from a ProblemDetail, shown next to the form fields with
 * <el-form-item :error="fieldErrors.name">. Returns true when the error had field errors.
 */
export function useFieldErrors() {
  const fieldErrors = reactive<Record<string, string>>({})

  function clear(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
  }

  function apply(error: unknown): boolean {
    clear()
    if (!isApiError(error)) return false
    Object.assign(fieldErrors, error.fieldErrors)
    return Object.keys(fieldErrors).length > 0
  }

  return { fieldErrors, clear, apply }
}
