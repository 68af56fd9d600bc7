/**
 * How many items of a long list are shown: starts at `step`, grows by `step` on request, and starts
 * again when `key` (what the list is of) changes. Keeps the lanes of a large library from rendering
 * thousands of cells at once.
 */
import { useState } from 'react'

/** [items to show, show `step` more]. */
export function useShownCount(key: string, step: number): [number, () => void] {
  const [state, setState] = useState({ key, count: step })
  const count = state.key === key ? state.count : step
  return [count, () => setState({ key, count: count + step })]
}
