/**
 * Maps between DOM positions in rendered document text and character offsets in the document's
 * text (UTF-16 code units), both ways. The reader renders each paragraph as a block element with
 * `data-start` / `data-end` (its span in the text); inside a block, text nodes hold exactly the
 * document's characters in order (wrappers such as headings or highlights are fine; text that is
 * not the document's — badges, counters — must carry `data-offset-ignore` or live outside blocks).
 * Characters between blocks (line breaks) are not rendered: a point there snaps to a block edge.
 */
import { partitionPoint } from '../../core/sorted-search'
import type { Span } from '../../core/structure/types'

/** Elements that carry a text span. */
export const BLOCK_SELECTOR = '[data-start][data-end]'
const IGNORE_SELECTOR = '[data-offset-ignore]'

function blocksOf(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR))
}

function spanOf(block: HTMLElement): Span {
  return { start: Number(block.dataset.start), end: Number(block.dataset.end) }
}

function textNodesOf(block: Element): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(IGNORE_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  })
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}

/** Where a DOM point lies relative to `el`: -1 before, 0 inside, 1 after. */
function compare(el: Element, node: Node, offset: number): number {
  const range = el.ownerDocument.createRange()
  range.selectNode(el)
  return range.comparePoint(node, offset)
}

/**
 * The text offset of a DOM point (`node`, `offset` as in a Range) under `root`. A point inside a
 * block maps exactly; a point between blocks snaps to the start of the next block (`bias`
 * 'forward', for the start of a selection) or the end of the previous one ('backward', for its
 * end). Returns null when `root` has no blocks or the point is outside `root`.
 */
export function offsetOfPoint(root: Element, node: Node, offset: number, bias: 'forward' | 'backward' = 'forward'): number | null {
  if (!root.contains(node)) return null
  const blocks = blocksOf(root)
  if (blocks.length === 0) return null
  // The first block that does not lie entirely before the point.
  const lo = partitionPoint(blocks.length, (i) => compare(blocks[i], node, offset) > 0)
  if (lo === blocks.length) return spanOf(blocks[blocks.length - 1]).end
  const block = blocks[lo]
  if (compare(block, node, offset) < 0) return spanOf(block).start
  // A point in the blocks' container (e.g. a whole paragraph selected) lies between two blocks:
  // a start moves forward to the next block's start, an end stays at this block's end.
  if (node === block.parentNode) {
    const index = Array.prototype.indexOf.call(node.childNodes, block)
    if (offset <= index) return spanOf(block).start
    const next = blocks[lo + 1]
    return bias === 'forward' && next ? spanOf(next).start : spanOf(block).end
  }
  // Count the document characters from the block's start to the point, skipping ignored decorations.
  const range = root.ownerDocument.createRange()
  range.setStart(block, 0)
  range.setEnd(node, offset)
  const fragment = range.cloneContents()
  fragment.querySelectorAll(IGNORE_SELECTOR).forEach((el) => el.remove())
  const span = spanOf(block)
  return Math.min(span.start + (fragment.textContent?.length ?? 0), span.end)
}

/**
 * The text span of a selection under `root` (its first range), or null when there is no selection,
 * it is collapsed, or it does not touch `root`'s blocks. Parts outside `root` are clipped.
 */
export function selectionToOffsets(root: Element, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const rootRange = root.ownerDocument.createRange()
  rootRange.selectNodeContents(root)
  if (range.compareBoundaryPoints(Range.END_TO_START, rootRange) >= 0) return null
  if (range.compareBoundaryPoints(Range.START_TO_END, rootRange) <= 0) return null
  const startInside = rootRange.comparePoint(range.startContainer, range.startOffset) === 0
  const endInside = rootRange.comparePoint(range.endContainer, range.endOffset) === 0
  const start = startInside ? offsetOfPoint(root, range.startContainer, range.startOffset) : spanOfFirst(root)?.start
  const end = endInside ? offsetOfPoint(root, range.endContainer, range.endOffset, 'backward') : spanOfLast(root)?.end
  if (start == null || end == null || end <= start) return null
  return { start, end }
}

function spanOfFirst(root: Element): Span | undefined {
  const block = root.querySelector<HTMLElement>(BLOCK_SELECTOR)
  return block ? spanOf(block) : undefined
}

function spanOfLast(root: Element): Span | undefined {
  const blocks = blocksOf(root)
  return blocks.length ? spanOf(blocks[blocks.length - 1]) : undefined
}

/** The block whose span holds `offset` (a start: the block with start ≤ offset < end, or the next one). */
function blockAt(blocks: HTMLElement[], offset: number, isEnd: boolean): HTMLElement | undefined {
  const before = (i: number): boolean => {
    const span = spanOf(blocks[i])
    return isEnd ? span.end < offset : span.end <= offset
  }
  return blocks[partitionPoint(blocks.length, before)]
}

/** The DOM point of a text offset: inside a text node of the block that holds it. */
function pointOf(blocks: HTMLElement[], offset: number, isEnd: boolean): { node: Node; offset: number } | null {
  let block = blockAt(blocks, offset, isEnd)
  if (!block) {
    if (!isEnd || blocks.length === 0) return null
    block = blocks[blocks.length - 1]
  }
  const span = spanOf(block)
  // In a gap between blocks: a start snaps forward to this block's start; an end back to the previous block's end.
  if (offset < span.start) {
    if (isEnd) {
      const index = blocks.indexOf(block)
      if (index === 0) return null
      return pointOf(blocks, spanOf(blocks[index - 1]).end, true)
    }
    offset = span.start
  }
  let remaining = Math.min(offset, span.end) - span.start
  const texts = textNodesOf(block)
  for (const text of texts) {
    if (remaining < text.data.length || (isEnd && remaining === text.data.length)) return { node: text, offset: remaining }
    remaining -= text.data.length
  }
  const last = texts[texts.length - 1]
  return last ? { node: last, offset: last.data.length } : { node: block, offset: block.childNodes.length }
}

/**
 * A DOM Range covering `span` under `root`, or null when the span lies outside every block or is empty.
 * The inverse of {@link selectionToOffsets} for spans that start and end inside blocks.
 */
export function rangeFromOffsets(root: Element, span: Span): Range | null {
  if (!(span.end > span.start)) return null
  const blocks = blocksOf(root)
  const start = pointOf(blocks, span.start, false)
  const end = pointOf(blocks, span.end, true)
  if (!start || !end) return null
  const range = root.ownerDocument.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return range.collapsed ? null : range
}

/** Selects `span` in the window's selection; returns false when it cannot be mapped. */
export function selectOffsets(root: Element, span: Span): boolean {
  const range = rangeFromOffsets(root, span)
  const selection = root.ownerDocument.getSelection()
  if (!range || !selection) return false
  selection.removeAllRanges()
  selection.addRange(range)
  return true
}
