/**
 * How the lanes split merged rows for display (pure): aligned rows (two or more members, or a
 * rejected member shown with undo) and "only here" passages (rows of one member that nobody rejected
 * from elsewhere), optionally narrowed to the rows and lone passages of one document — the matrix's
 * "click a cell → the lanes filtered to it" keeps every column, so the focused report is read beside
 * what the others say on the same topic.
 */
import type { MergedRow, PassageKey } from '../../../core/align'

/** The sections of the lanes. */
export interface LaneSections<P extends PassageKey> {
  aligned: MergedRow<P>[]
  onlyHere: P[]
  /** Aligned rows before narrowing to the focused document. */
  alignedTotal: number
}

function involves<P extends PassageKey>(row: MergedRow<P>, docId: string): boolean {
  return row.members.some((m) => m.passage.docId === docId) || row.rejected.some((r) => r.passage.docId === docId)
}

/**
 * Splits `rows` (mergeDecisions' order, strongest first) into aligned rows and lone passages; with
 * `focusDocId`, keeps only the rows and lone passages of that document.
 */
export function laneSections<P extends PassageKey>(rows: readonly MergedRow<P>[], focusDocId?: string): LaneSections<P> {
  const rejected = new Set(rows.flatMap((r) => r.rejected.map((x) => x.passage)))
  // A row keeps its place while it shows a rejected member (with undo), even when one member is left.
  const aligned = rows.filter((r) => r.members.length > 1 || r.rejected.length > 0)
  const onlyHere = rows
    .filter((r) => r.members.length === 1 && r.rejected.length === 0 && !rejected.has(r.members[0].passage))
    .map((r) => r.members[0].passage)
  if (focusDocId === undefined) return { aligned, onlyHere, alignedTotal: aligned.length }
  return {
    aligned: aligned.filter((r) => involves(r, focusDocId)),
    onlyHere: onlyHere.filter((p) => p.docId === focusDocId),
    alignedTotal: aligned.length,
  }
}

/** `docs` with the focused one first (it leads the columns), otherwise unchanged. */
export function focusFirst<D extends { id: string }>(docs: readonly D[], focusDocId?: string): D[] {
  const focused = docs.find((d) => d.id === focusDocId)
  return focused ? [focused, ...docs.filter((d) => d !== focused)] : [...docs]
}
