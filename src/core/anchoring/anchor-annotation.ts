/**
 * Re-attaches one annotation's selectors to a new version of its document's text: the decision
 * (exact / fuzzy / orphan) and the updated selectors. The search itself is in match-quote.ts; the
 * old→new diff, when the old text is known, in map-positions.ts. Never throws on odd selectors
 * (out-of-range or reversed offsets, empty quotes): those simply end up orphaned or re-found by quote.
 */
import { DEFAULT_CONTEXT_LENGTH, describeSelection } from './describe-selection'
import { similarity } from './edit-distance'
import { foldString, type FoldedText } from './fold-text'
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
  /**
   * Where the quote is expected, when estimated otherwise than from its old offset (see
   * estimate-shifts.ts): the new offset and how far off (code units) the estimate may be.
   */
  expected?: { offset: number; tolerance: number }
}

/**
 * With the old text known, a quote the search refuses is still placed where the diff carried it when
 * at least this share of its characters survive unchanged: the diff is direct evidence of where those
 * very characters went, which no look-alike elsewhere can have.
 */
export const MIN_KEPT_SHARE = 0.6
/** ... and at least this many characters (a 3-of-5 survival is too little to vouch for anything). */
export const MIN_KEPT_CHARS = 6
/** ... and the range the diff gives must resemble the quote at least this much (folded edit similarity). */
export const MIN_DIFF_QUOTE_SIMILARITY = 0.5
/**
 * Shorter quotes kept by the diff are still checked against their context: a diff keeps the common
 * start of a deleted paragraph and the next one (一是…, 一年来,我们…) as if it were the same text.
 */
export const MIN_TRUSTED_KEPT_LENGTH = 8
/** Other occurrences of a quote in the old text looked up (a phrase repeated more often than this is rare). */
const MAX_OLD_COPIES = 1000

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
  const hint = context.expected?.offset ?? (context.map ? context.map.map(oldStart) : oldStart)
  const kept = keptWhole(context, quote.exact ?? '', oldStart, oldEnd, newText)
  if (kept !== undefined) return anchored(newText, quote, { start: kept, end: kept + quote.exact.length, quoteSimilarity: 1 })
  const candidates: { start: number; end: number }[] = []
  if (context.map && context.map.kept(oldStart, oldEnd) > 0) {
    candidates.push({ start: hint, end: context.map.map(oldEnd) })
  }
  const found = matchQuote(newText, quote.exact ?? '', {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint,
    hintTolerance: context.expected?.tolerance,
    candidates,
    folded: context.folded,
    taken: copiesCarriedOver(context, quote.exact ?? '', oldStart),
  })
  const placed = found ?? placeByDiff(context, quote.exact ?? '', oldStart, oldEnd, newText)
  if (!placed) return { status: 'orphan', position, quote, quoteSimilarity: 0 }
  return anchored(newText, quote, placed)
}

/** The result for a placement: selectors re-read from the new text, exact when the wording is unchanged. */
function anchored(
  newText: string,
  quote: TextQuoteSelector,
  placed: { start: number; end: number; quoteSimilarity: number },
): AnchorResult {
  const contextLength = Math.max(quote.prefix?.length ?? 0, quote.suffix?.length ?? 0, DEFAULT_CONTEXT_LENGTH)
  const described = describeSelection(newText, placed.start, placed.end, contextLength)
  return {
    status: described.quote.exact === quote.exact ? 'exact' : 'fuzzy',
    position: described.position,
    quote: described.quote,
    quoteSimilarity: placed.quoteSimilarity,
  }
}

/** Where the diff carried old [start, start + length) over unchanged and in one piece; undefined when it did not. */
function carriedWhole(map: PositionMap, start: number, length: number): number | undefined {
  const to = map.map(start)
  return map.kept(start, start + length) === length && map.map(start + length) - to === length ? to : undefined
}

/**
 * The quote's new start when the diff carried it over whole: then its new place is known, however
 * much its surroundings changed (a search would doubt it for want of context); undefined otherwise.
 * It is the mapped start, not an estimate the caller may also have given (`context.expected`).
 */
function keptWhole(context: AnchorContext, exact: string, oldStart: number, oldEnd: number, newText: string): number | undefined {
  const { map, oldText } = context
  if (!map || oldText === undefined || exact.length < MIN_TRUSTED_KEPT_LENGTH || oldText.slice(oldStart, oldEnd) !== exact) return undefined
  const start = carriedWhole(map, oldStart, exact.length)
  return start !== undefined && newText.startsWith(exact, start) ? start : undefined
}

/**
 * New starts of the OTHER occurrences of the quote in the old text that the diff carried over whole:
 * those copies are still there as other text, so finding them is not finding this annotation
 * (a boilerplate sentence quoted in one section must not jump to its twin when its own copy is edited).
 */
function copiesCarriedOver(context: AnchorContext, exact: string, oldStart: number): Set<number> | undefined {
  const { map, oldText } = context
  if (!map || oldText === undefined || exact === '') return undefined
  const taken = new Set<number>()
  let seen = 0
  for (let i = oldText.indexOf(exact); i >= 0 && seen < MAX_OLD_COPIES; i = oldText.indexOf(exact, i + 1), seen++) {
    if (i === oldStart) continue
    const start = carriedWhole(map, i, exact.length)
    if (start !== undefined) taken.add(start)
  }
  return taken
}

/** The old range carried through the diff, when enough of the quote's own characters survive. */
function placeByDiff(
  context: AnchorContext,
  exact: string,
  oldStart: number,
  oldEnd: number,
  newText: string,
): { start: number; end: number; quoteSimilarity: number } | undefined {
  const { map, oldText } = context
  if (!map || oldText === undefined || exact === '' || oldText.slice(oldStart, oldEnd) !== exact) return undefined
  const kept = map.kept(oldStart, oldEnd)
  if (kept < MIN_KEPT_CHARS || kept < MIN_KEPT_SHARE * exact.length) return undefined
  const start = map.map(oldStart)
  const end = map.map(oldEnd)
  if (end <= start) return undefined
  // The ends are mapped separately: when the text between them was reordered or replaced, the range
  // can swallow unrelated sentences or a paragraph break, so what it covers must still read like the quote.
  const covered = newText.slice(start, end)
  if (!exact.includes('\n') && covered.includes('\n')) return undefined
  const quoteSimilarity = similarity(foldString(exact), foldString(covered))
  return quoteSimilarity >= MIN_DIFF_QUOTE_SIMILARITY ? { start, end, quoteSimilarity } : undefined
}
