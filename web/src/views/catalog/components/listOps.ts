/** Moves an entry of a list up (-1) or down (+1) in place. */
export function move<T>(list: T[], index: number, delta: -1 | 1): void {
  const target = index + delta
  if (target < 0 || target >= list.length) return
  const [entry] = list.splice(index, 1)
  list.splice(target, 0, entry as T)
}
