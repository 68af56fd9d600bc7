/**
 * Paints find-in-document matches with the CSS Custom Highlight API: no element is added to the text,
 * so selection offsets, marks and the virtual list are untouched. Only matches inside the rendered
 * paragraphs are painted (call again when the rendered paragraphs change). Several reader columns
 * can each have their own matches; they share two highlight names, styled in CSS as
 * `::highlight(find-hit)` and `::highlight(find-current)`.
 */
import type { Span } from '../../core/structure/types'
import { firstEndingAfter } from '../../core/sorted-search'
import { BLOCK_SELECTOR, rangeFromOffsets } from './selection-offsets'

interface Painted {
  hits: Range[]
  current: Range[]
}

const painted = new Map<object, Painted>()

function repaint(): void {
  // Chromium has the registry; elsewhere (jsdom) there is nothing to paint.
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  const all = [...painted.values()]
  CSS.highlights.set('find-hit', new globalThis.Highlight(...all.flatMap((p) => p.hits)))
  CSS.highlights.set('find-current', new globalThis.Highlight(...all.flatMap((p) => p.current)))
}

/**
 * Paints `hits` (sorted text spans) that lie in the paragraphs rendered under `root`, `current` (an
 * index into `hits`, -1 for none) in the current colour. `owner` identifies the caller's matches;
 * no hits (or no root) clears them.
 */
export function paintFindHits(owner: object, root: Element | null, hits: readonly Span[], current: number): void {
  const blocks = root ? Array.from(root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)) : []
  if (!root || hits.length === 0 || blocks.length === 0) {
    if (painted.delete(owner)) repaint()
    return
  }
  const to = Number(blocks[blocks.length - 1].dataset.end)
  const next: Painted = { hits: [], current: [] }
  for (let i = firstEndingAfter(hits, Number(blocks[0].dataset.start)); i < hits.length && hits[i].start < to; i++) {
    const range = rangeFromOffsets(root, hits[i])
    if (range) (i === current ? next.current : next.hits).push(range)
  }
  painted.set(owner, next)
  repaint()
}
