/**
 * How a lane cell lays out a passage (pure): paragraph blocks with document offsets (so the reader's
 * selection-offsets work on cells as on the reader), each cut into shared and distinctive segments
 * from the row's shared-wording spans. Offsets are UTF-16 units of the document text.
 */

/** A run of a block: shared with another row member or distinctive to this passage. */
export interface CellSegment {
  start: number
  end: number
  shared: boolean
}

/** One paragraph of a passage: its span in the document text and its segments. */
export interface CellBlock {
  start: number
  end: number
  segments: CellSegment[]
}

/**
 * Blocks of the passage [start, end) of `text`, split at line breaks (the breaks themselves are not
 * rendered), with `shared` spans (offsets relative to the passage start) marked. Empty lines are
 * skipped; an empty passage gives no blocks.
 */
export function cellBlocks(text: string, start: number, end: number, shared: readonly { start: number; end: number }[]): CellBlock[] {
  const absolute = shared.map((s) => ({ start: start + s.start, end: start + s.end })).sort((a, b) => a.start - b.start)
  const blocks: CellBlock[] = []
  let lineStart = start
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== '\n') continue
    if (i > lineStart) blocks.push({ start: lineStart, end: i, segments: segmentsOf(lineStart, i, absolute) })
    lineStart = i + 1
  }
  return blocks
}

function segmentsOf(start: number, end: number, shared: readonly { start: number; end: number }[]): CellSegment[] {
  const out: CellSegment[] = []
  let at = start
  for (const s of shared) {
    const from = Math.max(s.start, at)
    const to = Math.min(s.end, end)
    if (to <= from) continue
    if (from > at) out.push({ start: at, end: from, shared: false })
    out.push({ start: from, end: to, shared: true })
    at = to
  }
  if (at < end) out.push({ start: at, end, shared: false })
  return out
}
