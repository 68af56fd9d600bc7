/**
 * Re-attaches one annotation's selectors to a new version of its document's text: the decision
 * (exact / fuzzy / orphan) and the updated selectors. The search itself is in match-quote.ts; the
 * old→new diff, when the old text is known, in map-positions.ts. Never throws on odd selectors
 * (out-of-range or reversed offsets, empty quotes): those simply end up orphaned or re-found by quote.
 */
import { describeSelection } from './describe-selection'
import type { FoldedText } from './fold-text'
import type { PositionMap } from './map-positions'
import { matchQuote } from './match-quote'
import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from './types'

/** The selectors an annotation was made with (on the old text). */
export interface AnchorTarget {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** Where an annotation now stands. */
export interface AnchorResult {
  status: AnchorStatus
  /** New position (UTF-16 code units); for an orphan, the old position unchanged. */
  position: TextPositionSelector
  /**
   * The quote selector describing the new text (exact, prefix, suffix re-read from it); for an
   * orphan, the old selector unchanged.
   */
  quote: TextQuoteSelector
  /** 0–1 resemblance of the anchored text to the old quote (1 for exact, 0 for orphans). */
  quoteSimilarity: number
}

/** Shared per-text state from reanchorAll: the folded new text and the old→new position map. */
export interface AnchorContext {
  folded?: FoldedText
  map?: PositionMap
  /** The old text `map` was built from; lets the map vouch for a quote the search alone refuses. */
  oldText?: string
}

/**
 * With the old text known, a quote the search refuses is still placed where the diff carried it when
 * at least this share of its characters survive unchanged: the diff is direct evidence of where those
 * very characters went, which no look-alike elsewhere can have.
 */
export const MIN_KEPT_SHARE = 0.6
/** ... and at least this many characters (a 3-of-5 survival is too little to vouch for anything). */
export const MIN_KEPT_CHARS = 6

/**
 * Anchors `target` (made on an older text) in `newText`.
 * @param context the folded new text and the diff map of old→new, when available (see reanchorAll)
 * @returns exact (quote unchanged), fuzzy (found with changes; quote.exact is the new wording) or
 *   orphan (not found above the minimum score; selectors returned unchanged)
 */
export function anchorAnnotation(newText: string, target: AnchorTarget, context: AnchorContext = {}): AnchorResult {
  const { quote, position } = target
  const oldStart = Number.isFinite(position.start) ? position.start : 0
  const oldEnd = Number.isFinite(position.end) ? Math.max(oldStart, position.end) : oldStart
  const hint = context.map ? context.map.map(oldStart) : oldStart
  const candidates: { start: number; end: number }[] = []
  if (context.map && context.map.kept(oldStart, oldEnd) > 0) {
    candidates.push({ start: hint, end: context.map.map(oldEnd) })
  }
  const found = matchQuote(newText, quote.exact ?? '', {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint,
    candidates,
    folded: context.folded,
  })
  const placed = found ?? placeByDiff(context, quote.exact ?? '', oldStart, oldEnd)
  if (!placed) return { status: 'orphan', position, quote, quoteSimilarity: 0 }
  const contextLength = Math.max(quote.prefix?.length ?? 0, quote.suffix?.length ?? 0, 32)
  const described = describeSelection(newText, placed.start, placed.end, contextLength)
  return {
    status: described.quote.exact === quote.exact ? 'exact' : 'fuzzy',
    position: described.position,
    quote: described.quote,
    quoteSimilarity: placed.quoteSimilarity,
  }
}

/** The old range carried through the diff, when enough of the quote's own characters survive. */
function placeByDiff(
  context: AnchorContext,
  exact: string,
  oldStart: number,
  oldEnd: number,
): { start: number; end: number; quoteSimilarity: number } | undefined {
  const { map, oldText } = context
  if (!map || oldText === undefined || exact === '' || oldText.slice(oldStart, oldEnd) !== exact) return undefined
  const kept = map.kept(oldStart, oldEnd)
  if (kept < MIN_KEPT_CHARS || kept < MIN_KEPT_SHARE * exact.length) return undefined
  const start = map.map(oldStart)
  const end = map.map(oldEnd)
  return end > start ? { start, end, quoteSimilarity: kept / Math.max(exact.length, end - start) } : undefined
}
