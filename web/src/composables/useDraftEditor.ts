import { computed, ref, type Ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { isApiError } from '@/api/client'
import { useFieldErrors } from './useFieldErrors'

export interface DraftEditorOptions {
  /** Whether the editor starts as loading (a page that shows nothing until the draft is there). */
  loading?: boolean
  /** When given, the form only counts as changed while this is true (nothing to lose before the draft is shown). */
  ready?: Readonly<Ref<boolean>>
}

/**
 * What the catalog draft editors (事项, 办事情形, 一件事) share: loading the draft with a message when it fails,
 * knowing whether the form has unsaved changes, and saving with the server's field errors next to the fields.
 * The page asks before leaving with useLeaveGuard(dirty).
 */
export function useDraftEditor(form: object, options: DraftEditorOptions = {}) {
  const original = ref('')
  const loading = ref(options.loading ?? false)
  const loadError = ref<string | null>(null)
  const saving = ref(false)
  const saved = ref(false)
  const formRef = ref<FormInstance>()
  const { fieldErrors, clear, apply } = useFieldErrors()

  const dirty = computed(
    () => (options.ready?.value ?? true) && !saved.value && JSON.stringify(form) !== original.value,
  )

  /** The form as it is now counts as unchanged. */
  function markClean(): void {
    original.value = JSON.stringify(form)
  }

  /**
   * Runs the page's loading; a failure becomes the page's load error: notFound() for a 404 from the server
   * when given, else the error's message.
   */
  async function load(task: () => Promise<void>, notFound?: () => string): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      await task()
    } catch (e) {
      loadError.value =
        notFound && isApiError(e) && e.status === 404 ? notFound() : e instanceof Error ? e.message : '加载失败'
    } finally {
      loading.value = false
    }
  }

  /** The form's own rules (el-form); false when a field is wrong or there is no form. */
  async function validate(): Promise<boolean> {
    return (await formRef.value?.validate().catch(() => false)) ?? false
  }

  /**
   * Saves: busy while it runs; once the request worked the form is no longer dirty and then() goes on (message,
   * next page). A failure puts the server's field errors next to the fields; onError hears whether it had any.
   */
  async function save(
    request: () => Promise<unknown>,
    then: () => Promise<unknown>,
    onError?: (error: unknown, hadFieldErrors: boolean) => void,
  ): Promise<void> {
    saving.value = true
    clear()
    try {
      await request()
      saved.value = true
      await then()
    } catch (e) {
      const had = apply(e)
      onError?.(e, had)
    } finally {
      saving.value = false
    }
  }

  return { formRef, loading, loadError, saving, saved, dirty, fieldErrors, markClean, load, validate, save }
}
