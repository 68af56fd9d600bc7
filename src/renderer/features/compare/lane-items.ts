/**
 * The flat list the lanes' virtual scroller draws (pure): sub-theme headings and aligned rows (core
 * groupLaneRows), then "only here" — a heading and one item per document with lone passages.
 */
import type { MergedRow } from '../../../core/align'
import { groupLaneRows } from '../../../core/compare'
import type { LanePassage } from './useThemeLanes'

/** One item of the lanes list. */
export type LaneListItem<D> =
  | { kind: 'heading'; subtheme: string | undefined; rows: number }
  | { kind: 'row'; row: MergedRow<LanePassage> }
  | { kind: 'only-heading'; count: number }
  | { kind: 'only'; doc: D; passages: LanePassage[] }

/**
 * Items for `aligned` rows (strongest first) grouped by their sub-theme in `order`, then the lone
 * passages of each of `columns` (set order) that has some, in text order.
 */
export function laneItems<D extends { id: string }>(
  aligned: readonly MergedRow<LanePassage>[],
  onlyHere: readonly LanePassage[],
  columns: readonly D[],
  order: readonly string[],
): LaneListItem<D>[] {
  const items: LaneListItem<D>[] = groupLaneRows(aligned, (r) => r.members[0]?.passage.subtheme, order).map((i) =>
    i.kind === 'heading' ? i : { kind: 'row', row: i.row },
  )
  const lone = columns.flatMap((doc) => {
    const passages = onlyHere.filter((p) => p.docId === doc.id).sort((a, b) => a.start - b.start)
    return passages.length > 0 ? [{ kind: 'only' as const, doc, passages }] : []
  })
  if (lone.length > 0) items.push({ kind: 'only-heading', count: onlyHere.length }, ...lone)
  return items
}
