import { ref, type Ref } from 'vue'

/** A dialog that adds a new thing (editing null) or edits the one given: open it with add() or edit(thing). */
export function useEditDialog<T>() {
  const open = ref(false)
  const editing = ref(null) as Ref<T | null>

  function add(): void {
    editing.value = null
    open.value = true
  }

  function edit(thing: T): void {
    editing.value = thing
    open.value = true
  }

  return { open, editing, add, edit }
}
