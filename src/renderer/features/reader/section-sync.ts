/**
 * A small channel between reader columns for "sync by section": a column that the user scrolled into
 * a new section announces it; the others scroll to their matching section.
 */
import type { OutlineNode } from '../../../core/structure/types'

/** A column entered a section: the section and its ancestors, innermost first. */
export interface SectionSignal {
  /** Document id of the column that sent it (columns ignore their own signals). */
  from: string
  chain: OutlineNode[]
}

export interface SectionBus {
  publish(signal: SectionSignal): void
  subscribe(listener: (signal: SectionSignal) => void): () => void
}

/** A new bus (one per reader view). */
export function createSectionBus(): SectionBus {
  const listeners = new Set<(signal: SectionSignal) => void>()
  return {
    publish: (signal) => listeners.forEach((listener) => listener(signal)),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
