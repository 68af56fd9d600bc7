/**
 * A document's paragraphs as an index for a virtualised text view (pure, no DOM): which paragraph
 * holds a text offset, which highlights touch each paragraph, and a first guess at a paragraph's height
 * before it is measured. Offsets are UTF-16 code units of the document text; spans are sorted and
 * disjoint (as structure parsing gives them), with gaps (blank lines) between them.
 */
import { firstEndingAfter } from '../../core/sorted-search'
import type { Span } from '../../core/structure/types'

/**
 * Index of the paragraph holding `offset`; an offset in a gap goes to the next paragraph, one past
 * the last paragraph to the last. -1 when there are no paragraphs.
 */
export function paragraphAt(spans: readonly Span[], offset: number): number {
  if (spans.length === 0) return -1
  return Math.min(firstEndingAfter(spans, offset), spans.length - 1)
}

/**
 * The items touching each paragraph, in input order: `result[i]` lists those overlapping `spans[i]`.
 * Empty or reversed items touch nothing. Cost grows with paragraphs plus the paragraphs each item spans.
 */
export function groupByParagraph<T extends Span>(spans: readonly Span[], items: readonly T[]): T[][] {
  const groups: T[][] = spans.map(() => [])
  for (const item of items) {
    if (!(item.end > item.start)) continue
    for (let i = Math.max(0, paragraphAt(spans, item.start)); i < spans.length && spans[i].start < item.end; i++) {
      if (spans[i].end > item.start) groups[i].push(item)
    }
  }
  return groups
}

/** What a height guess needs about the text's layout (CSS pixels). */
export interface TextMetrics {
  /** Width of the text column. */
  widthPx: number
  /** Advance of one CJK character (≈ the font size). */
  charPx: number
  lineHeightPx: number
  /** Space below each paragraph. */
  gapPx: number
}

/**
 * Estimated height of a paragraph of `chars` characters: full lines of CJK characters plus the gap.
 * Only a first guess: the view measures each paragraph once rendered.
 */
export function estimateParagraphHeight(chars: number, metrics: TextMetrics): number {
  const perLine = Math.max(1, Math.floor(metrics.widthPx / Math.max(1, metrics.charPx)))
  const lines = Math.max(1, Math.ceil(chars / perLine))
  return lines * metrics.lineHeightPx + metrics.gapPx
}
