/**
 * The set chooser's draft (pure): the way documents are chosen, the choices of each way, and the rule
 * they make. Kept apart from the form so the rule it builds is tested without a browser.
 */
import type { SetRule } from '../../../core/compare'

/** The three ways to choose. */
export type DraftMode = 'documents' | 'places' | 'level'

/** Everything the form holds; switching the mode keeps the other modes' choices. */
export interface SetDraft {
  mode: DraftMode
  name: string
  ids: string[]
  places: string[]
  /** Years as typed ('' when open). */
  from: string
  to: string
  level: string
}

/** An empty draft (a level draft for the whole library). */
export const EMPTY_DRAFT: SetDraft = { mode: 'level', name: '', ids: [], places: [], from: '', to: '', level: 'all' }

/** A year typed into the form; undefined when empty or not a whole number. */
function yearOf(text: string): number | undefined {
  const n = Number(text.trim())
  return text.trim() !== '' && Number.isInteger(n) ? n : undefined
}

/** The rule the draft describes. */
export function draftRule(draft: SetDraft): SetRule {
  if (draft.mode === 'documents') return { kind: 'documents', ids: draft.ids }
  if (draft.mode === 'places') return { kind: 'places', places: draft.places, from: yearOf(draft.from), to: yearOf(draft.to) }
  return { kind: 'level', level: draft.level }
}

/** A draft that edits an existing rule. */
export function draftOf(name: string, rule: SetRule): SetDraft {
  if (rule.kind === 'documents') return { ...EMPTY_DRAFT, mode: 'documents', name, ids: rule.ids }
  if (rule.kind === 'places')
    return { ...EMPTY_DRAFT, mode: 'places', name, places: rule.places, from: rule.from?.toString() ?? '', to: rule.to?.toString() ?? '' }
  return { ...EMPTY_DRAFT, mode: 'level', name, level: rule.level }
}

/** `list` with `item` added (on) or removed (off), without duplicates. */
export function toggled(list: readonly string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item)
}
