/**
 * `value`, kept as the same object while it stays equal by its JSON: a hook dependency that changes
 * only when its content does (a scope or options rebuilt on every render, or holding a fresh Date).
 */
import { useState } from 'react'

export function useStableValue<T>(value: T): T {
  const key = JSON.stringify(value)
  const [kept, setKept] = useState({ key, value })
  if (kept.key === key) return kept.value
  // Storing what the previous render saw, as React's docs do for derived state.
  setKept({ key, value })
  return value
}
