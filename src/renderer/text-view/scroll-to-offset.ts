/**
 * Scrolling a rendered document text to a text offset, whether it renders every paragraph or only
 * those in view (the reader's virtualised text). A virtualised view registers a TextLayout for its
 * scrolling element; scrolling then goes in two steps: the layout brings the paragraph into the
 * rendered window (by its index, with estimated heights for paragraphs never shown), then, once the
 * paragraph is in the DOM, the exact position of the character is measured and the scroll corrected.
 * Offsets are UTF-16 code units of the document text.
 */
import type { Span } from '../../core/structure/types'
import { BLOCK_SELECTOR, rangeFromOffsets } from './selection-offsets'

/** What a virtualised text view tells the scrolling helpers about itself. */
export interface TextLayout {
  /** Index of the paragraph holding `offset` (see paragraphAt). */
  paragraphAt(offset: number): number
  /** Scrolls so that paragraph `index` is rendered, roughly at the top or the middle. */
  showParagraph(index: number, align: 'start' | 'center'): void
  /** Paragraph `index` is in the DOM. */
  isRendered(index: number): boolean
}

/** Where the offset goes: the top edge (less `margin`), the middle, or a third of the way down. */
export type ScrollAlign = 'start' | 'center' | 'third'

/** Frames to wait for a paragraph to be rendered after a scroll (about half a second). */
const MAX_WAIT_FRAMES = 30

const layouts = new WeakMap<Element, TextLayout>()

/** Registers `layout` for the scrolling element `root`; returns the function that unregisters it. */
export function registerLayout(root: Element, layout: TextLayout): () => void {
  layouts.set(root, layout)
  return () => {
    if (layouts.get(root) === layout) layouts.delete(root)
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/** The rendered block holding `offset`, or the first one after it. */
function blockFrom(root: Element, offset: number): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)).find((b) => Number(b.dataset.end) > offset)
}

/** Resolves true once the paragraph holding `offset` is in the DOM; false after MAX_WAIT_FRAMES. */
async function whenRendered(root: Element, offset: number): Promise<boolean> {
  for (let frame = 0; frame <= MAX_WAIT_FRAMES; frame++) {
    const layout = layouts.get(root)
    const ready = layout
      ? layout.paragraphAt(offset) >= 0 && layout.isRendered(layout.paragraphAt(offset))
      : blockFrom(root, offset) !== undefined
    if (ready) return true
    await nextFrame()
  }
  return false
}

/**
 * Scrolls `root` so that the character at `offset` sits at `align` (`margin` CSS px below the top edge
 * for 'start'). Resolves false when the text has no paragraph there or it never rendered.
 */
export async function scrollToOffset(
  root: HTMLElement,
  offset: number,
  { align = 'start', margin = 0 }: { align?: ScrollAlign; margin?: number } = {},
): Promise<boolean> {
  const layout = layouts.get(root)
  if (layout) {
    const index = layout.paragraphAt(offset)
    if (index < 0) return false
    if (!layout.isRendered(index)) layout.showParagraph(index, align === 'start' ? 'start' : 'center')
  }
  if (!(await whenRendered(root, offset))) return false
  const block = blockFrom(root, offset)
  if (!block) return false
  const start = Math.max(offset, Number(block.dataset.start))
  const range = rangeFromOffsets(root, { start, end: Math.min(start + 1, Number(block.dataset.end)) })
  const rect = (range ?? block).getBoundingClientRect()
  const top = rect.top - root.getBoundingClientRect().top
  const wanted = align === 'start' ? margin : align === 'center' ? (root.clientHeight - rect.height) / 2 : root.clientHeight / 3
  root.scrollTop += top - wanted
  return true
}

/**
 * Scrolls `span` into view (its start at `align`) and resolves with the rendered block holding its
 * start once the view has settled; null when it cannot be shown.
 */
export async function revealSpan(root: HTMLElement, span: Span, align: ScrollAlign = 'center'): Promise<HTMLElement | null> {
  if (!(await scrollToOffset(root, span.start, { align }))) return null
  // The scroll renders the paragraphs around it in the next frame.
  await nextFrame()
  return blockFrom(root, span.start) ?? null
}
