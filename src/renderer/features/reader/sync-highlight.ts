/**
 * Marks the passages "sync by topic" pairs, one per column, with the CSS Custom Highlight API
 * (`::highlight(sync-passage)`): no element is added to the text, so annotation marks and selection
 * offsets are untouched. Where the API is missing, the columns' badges still name the passage.
 */
import { rangeFromOffsets } from '../../text-view'

const NAME = 'sync-passage'
const ranges = new Map<string, Range>()

interface HighlightRegistry {
  set(name: string, highlight: unknown): void
  delete(name: string): void
}

function registry(): HighlightRegistry | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : undefined
}

function redraw(): void {
  const reg = registry()
  if (!reg) return
  if (ranges.size === 0) return reg.delete(NAME)
  const HighlightClass = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight
  reg.set(NAME, new HighlightClass(...ranges.values()))
}

/** Marks [start, end) of the column `key` under `root` (replacing its previous mark); none clears it. */
export function markSyncPassage(key: string, root: Element | null, span: { start: number; end: number } | undefined): void {
  const range = root && span ? rangeFromOffsets(root, span) : null
  if (range) ranges.set(key, range)
  else ranges.delete(key)
  redraw()
}
