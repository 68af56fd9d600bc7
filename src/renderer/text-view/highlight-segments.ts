/**
 * Splits a stretch of document text into segments at every highlight boundary, each segment carrying
 * the set of annotations that cover it, so overlapping highlights render as adjacent marks instead of
 * nested or broken ones. Offsets are UTF-16 code units of the document text. Pure: no DOM.
 */

/** What a highlight needs for rendering: its id and span. */
export interface HighlightSpan {
  id: string
  start: number
  end: number
}

/** A piece of text [start, end) and the ids covering it (in the input order; empty = plain text). */
export interface Segment {
  start: number
  end: number
  ids: string[]
}

/**
 * Segments [from, to) of the text by the given highlights.
 * @param highlights any order; empty, reversed or out-of-range spans are ignored
 * @returns contiguous segments covering exactly [from, to), no empty ones; [] when to ≤ from
 */
export function segmentHighlights(from: number, to: number, highlights: readonly HighlightSpan[]): Segment[] {
  if (!(to > from)) return []
  const inside = highlights.filter((h) => h.end > h.start && h.end > from && h.start < to)
  const cuts = new Set<number>([from, to])
  for (const h of inside) {
    cuts.add(Math.max(from, h.start))
    cuts.add(Math.min(to, h.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]
    const end = points[i + 1]
    const ids = inside.filter((h) => h.start <= start && h.end >= end).map((h) => h.id)
    const last = segments[segments.length - 1]
    // Neighbours with the same cover merge, so a highlight is one mark wherever it is alone.
    if (last && sameIds(last.ids, ids)) last.end = end
    else segments.push({ start, end, ids })
  }
  return segments
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}
