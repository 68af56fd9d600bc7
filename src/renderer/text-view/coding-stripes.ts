/**
 * Coding stripes' layout (pure, no DOM): one narrow lane per theme used in the document, in codebook
 * order, and per annotation and theme a stripe from the y of its start to the y of its end. Text
 * offsets become y positions through the measured boxes of the text's blocks (paragraphs), linearly
 * inside a block — exact at block edges, close enough inside for a margin mark; the component measures
 * the boxes (however the reader renders or virtualises its paragraphs) and draws the result.
 */
import { partitionPoint } from '../../core/sorted-search'

/** An annotated range with its theme codes. Offsets are UTF-16 code units of the document text. */
export interface StripeSource {
  id: string
  start: number
  end: number
  themes: readonly string[]
  note: string
}

/** A block of text as laid out: its span of the text and its box (CSS pixels from the text's top). */
export interface BlockBox {
  start: number
  end: number
  top: number
  height: number
}

/** One stripe to draw. */
export interface Stripe {
  annotationId: string
  themeId: string
  /** 0-based lane (column) of the theme. */
  lane: number
  /** CSS pixels from the text's top. */
  top: number
  height: number
  note: string
}

export interface StripeLayout {
  /** Theme of each lane, left to right. */
  lanes: string[]
  stripes: Stripe[]
}

/** Shortest stripe drawn (CSS pixels), so a one-character highlight is still visible and clickable. */
export const MIN_STRIPE_PX = 4

/** The y of text offset `offset` over `boxes` (sorted by start); undefined when there are no boxes. */
export function offsetToY(boxes: readonly BlockBox[], offset: number): number | undefined {
  if (boxes.length === 0) return undefined
  // The last box starting at or before the offset (else the first).
  const at = Math.max(0, partitionPoint(boxes.length, (i) => boxes[i].start <= offset) - 1)
  const box = boxes[at]
  if (offset < box.start) return box.top
  // In the gap after a block (blank lines between paragraphs): the next block's top, or this one's bottom.
  if (offset >= box.end) return boxes[at + 1]?.top ?? box.top + box.height
  const share = box.end > box.start ? (offset - box.start) / (box.end - box.start) : 0
  return box.top + share * box.height
}

/**
 * Lays out stripes for `sources`.
 * @param themeOrder theme codes in display order (the codebook's); codes not in it go last, sorted
 * @returns lanes only for themes that have a stripe; no stripes without boxes
 */
export function layoutStripes(sources: readonly StripeSource[], themeOrder: readonly string[], boxes: readonly BlockBox[]): StripeLayout {
  const used = new Set(sources.filter((s) => s.end > s.start).flatMap((s) => s.themes))
  const known = themeOrder.filter((id) => used.has(id))
  const lanes = [...known, ...[...used].filter((id) => !themeOrder.includes(id)).sort()]
  const laneOf = new Map(lanes.map((id, i) => [id, i]))
  const stripes: Stripe[] = []
  for (const s of sources) {
    if (s.end <= s.start) continue
    const top = offsetToY(boxes, s.start)
    const bottom = offsetToY(boxes, s.end)
    if (top === undefined || bottom === undefined) continue
    const height = Math.max(MIN_STRIPE_PX, bottom - top)
    for (const themeId of new Set(s.themes))
      stripes.push({ annotationId: s.id, themeId, lane: laneOf.get(themeId) as number, top, height, note: s.note })
  }
  return { lanes, stripes }
}
