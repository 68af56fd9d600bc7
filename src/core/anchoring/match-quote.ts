/**
 * Finds where a quote (with its prefix and suffix) stands in a text: unchanged at the hint, unchanged
 * elsewhere (repeats told apart by context, then by distance to the hint), unchanged once punctuation
 * width and whitespace are folded, or approximately. Every candidate must agree with the recorded
 * context (see context-agreement.ts), even one found unchanged at the hint, because short phrases
 * (建设, 坚持, 同比增长) recur everywhere and an old offset can land on another copy of them. Unlike the
 * Hypothesis client's matcher it refuses candidates below a minimum: a highlight on look-alike text
 * is worse than an orphan. Pure: no DOM, no diff (callers pass a mapped hint and candidate ranges;
 * see anchor-annotation.ts).
 */
import { agreementShare, contextAnchors, measureAgreement, toQuoteContext, type QuoteContext } from './context-agreement'
import { fitInWindow, similarity } from './edit-distance'
import { edgesAtContext, seedCandidates, withinParagraph } from './fuzzy-candidates'
import { foldString, foldText, toFoldedOffset, type FoldedText } from './fold-text'

/** Weight of quote similarity in a fuzzy candidate's score (the quote is the main evidence). */
export const QUOTE_WEIGHT = 0.65
/** Weight of prefix/suffix agreement: context is what tells a moved quote from a look-alike. */
export const CONTEXT_WEIGHT = 0.35
/** Minimum fuzzy score (QUOTE_WEIGHT·quote + CONTEXT_WEIGHT·context) to anchor; below it, orphan. */
export const MIN_FUZZY_SCORE = 0.75
/** A fuzzy candidate must resemble the quote at least this much whatever its context says ... */
export const MIN_QUOTE_SIMILARITY = 0.7
/** ... and its near context must agree at least this much whatever the quote says (look-alike wording recurs). */
export const MIN_FUZZY_CONTEXT = 0.5
/**
 * Share of quote-plus-near-context units that must agree for an unchanged quote at the hint: the
 * position is evidence too, so half suffices — a different copy of a short phrase that happens to sit
 * at the old offset agrees on a fifth or so.
 */
export const MIN_AGREEMENT_AT_HINT = 0.5
/**
 * ... and for one within the tolerance of an estimated hint (see estimate-shifts.ts): a window holds
 * more chances of a coincidence than a single offset does.
 */
export const MIN_AGREEMENT_NEAR_HINT = 0.65
/** Occurrences near the hint closer than this in agreement are ambiguous: none is taken for being near. */
export const AMBIGUITY_MARGIN = 0.1
/** The same share for an unchanged quote away from the hint: only its text and context vouch for it. */
export const MIN_AGREEMENT_RELOCATED = 0.8
/**
 * ... and at least this many units must agree: a short quote with paragraph breaks close by has
 * little context left to compare, and 2 of 3 characters agreeing is no evidence.
 */
export const MIN_RELOCATED_EVIDENCE = 12
/** An unchanged occurrence agreeing this well is taken without trying approximate matches. */
export const CERTAIN_AGREEMENT = 0.9
/** Quotes this long (folded code units) are their own evidence when found unchanged. */
export const SELF_EVIDENT_QUOTE_LENGTH = 64
/**
 * A quote recorded with no context at all (other tools often write only `exact`) is taken where it
 * occurs unchanged exactly once, if it has at least this many folded units: a unique phrase of four
 * characters or more (枫桥经验) names its place; a shorter one recurs by chance in any report.
 */
export const MIN_BARE_QUOTE_LENGTH = 4
/**
 * An unchanged copy elsewhere whose recorded context (prefix and suffix) agrees near-certainly, and at
 * least this much better than the context of the copy at the hint, wins over the hint: an old position
 * goes stale when text is inserted before it, a title cited nine times keeps some copy at that offset,
 * and only the prefix/suffix says which one was annotated.
 */
export const CONTEXT_OVER_POSITION_MARGIN = 0.15
/** Among candidates that agree equally, prefer the nearest to the hint by at most this much. */
export const PROXIMITY_TIEBREAK = 0.05
/** Recorded context characters looked for next to a fuzzy fit to place its ends. */
const EDGE_ANCHOR = 6
/** ... this many window slacks away at most: the fit's end moved in by the dropped words plus the insertion. */
const EDGE_SLACK_FACTOR = 2
/** Exact occurrences examined per quote (a phrase repeated more often is told apart by context alone). */
const MAX_OCCURRENCES = 1000

/** Where a quote was found: offsets in the original (unfolded) text. */
export interface QuoteMatch {
  /** UTF-16 code unit offsets into the text. */
  start: number
  end: number
  /** True when `text.slice(start, end)` equals the quote exactly. */
  unchanged: boolean
  /** Similarity of the found text to the quote (folded), 0–1. */
  quoteSimilarity: number
  /** Near prefix/suffix agreement, 0–1; undefined when the quote has no context. */
  contextSimilarity: number | undefined
}

/** Options of {@link matchQuote}. */
export interface MatchQuoteOptions {
  prefix?: string
  suffix?: string
  /** Expected start offset (UTF-16) in the text, e.g. the old position mapped through a diff. */
  hint?: number
  /**
   * How far (code units) an unchanged quote may stand from the hint and still count as at it; default 0.
   * Above 0 (a position estimated from neighbours), an approximate match within it is preferred to an
   * unchanged copy beyond it.
   */
  hintTolerance?: number
  /** Extra candidate ranges (UTF-16) to verify, e.g. the old range mapped through a diff. */
  candidates?: { start: number; end: number }[]
  /** `foldText(text)`, when the caller matches many quotes in one text. */
  folded?: FoldedText
  /**
   * Start offsets of copies of the quote that belong to other text (e.g. other occurrences in the old
   * version that the diff carried over unchanged): never taken for this quote.
   */
  taken?: ReadonlySet<number>
}

interface Search {
  taken: ReadonlySet<number> | undefined
  text: string
  quote: string
  quoteF: string
  hint: number
  ctx: QuoteContext
  folded: FoldedText
}

interface Scored {
  match: QuoteMatch
  /** Share of agreeing units (quote and near context). */
  share: number
  /** share plus the proximity tie-break: what candidates are ranked by. */
  rank: number
  /** Agreeing units (quote and near context). */
  evidence: number
}

/**
 * Finds `quote` in `text`.
 * @returns the accepted match, or undefined (empty quote, or nothing agrees above the minimum)
 */
export function matchQuote(text: string, quote: string, options: MatchQuoteOptions = {}): QuoteMatch | undefined {
  if (quote === '' || text === '') return undefined
  const quoteF = foldString(quote)
  if (quoteF === '') return undefined
  const s: Search = {
    taken: options.taken,
    text,
    quote,
    quoteF,
    hint: clampHint(options.hint, text.length),
    ctx: toQuoteContext(options.prefix ?? '', options.suffix ?? ''),
    folded: options.folded ?? foldText(text),
  }
  const selfEvident = quoteF.length >= SELF_EVIDENT_QUOTE_LENGTH

  const tolerance = Math.max(0, Math.floor(options.hintTolerance ?? 0))
  const atHint = bestNearHint(s, tolerance)
  if (atHint && (atHint.share >= (tolerance === 0 ? MIN_AGREEMENT_AT_HINT : MIN_AGREEMENT_NEAR_HINT) || selfEvident)) {
    return (clearlyElsewhere(s, atHint) ?? atHint).match
  }
  const unchanged = bestUnchanged(s)
  if (unchanged && isBareUnique(s)) return unchanged.match
  const certain = unchanged && ((unchanged.share >= CERTAIN_AGREEMENT && unchanged.evidence >= MIN_RELOCATED_EVIDENCE) || selfEvident)
  // Where the neighbours put the quote, an edited copy outweighs an unchanged one beyond the tolerance:
  // a duplicated paragraph's twin agrees on every character of its context, only the place tells them apart.
  if (unchanged && tolerance > 0 && Math.abs(unchanged.match.start - s.hint) > tolerance) {
    const near = bestApproximate(s, options.candidates ?? [], tolerance)
    if (near) return near.match
  }
  if (certain) return unchanged.match
  const accepted =
    unchanged && unchanged.share >= MIN_AGREEMENT_RELOCATED && unchanged.evidence >= MIN_RELOCATED_EVIDENCE ? unchanged : undefined
  const approximate = bestApproximate(s, options.candidates ?? [])
  if (accepted && approximate) return (accepted.rank >= approximate.rank ? accepted : approximate).match
  return (accepted ?? approximate)?.match
}

/** An unchanged copy away from `atHint` whose context agrees clearly better (see CONTEXT_OVER_POSITION_MARGIN). */
function clearlyElsewhere(s: Search, atHint: Scored): Scored | undefined {
  const here = atHint.match.contextSimilarity
  // Both sides recorded: one side alone (a quote at a paragraph edge) says too little to overrule a position.
  if (here === undefined || s.ctx.before === '' || s.ctx.after === '') return undefined
  const other = bestUnchanged(s)
  const there = other?.match.contextSimilarity
  if (!other || there === undefined || other.match.start === atHint.match.start) return undefined
  const clear = there >= CERTAIN_AGREEMENT && other.evidence >= MIN_RELOCATED_EVIDENCE && there - here >= CONTEXT_OVER_POSITION_MARGIN
  return clear ? other : undefined
}

/** True for a quote with no recorded context that occurs unchanged exactly once and is long enough to name its place. */
function isBareUnique(s: Search): boolean {
  return (
    s.ctx.before === '' && s.ctx.after === '' && s.quoteF.length >= MIN_BARE_QUOTE_LENGTH && occurrences(s, 0, s.text.length).length === 1
  )
}

/**
 * The best unchanged occurrence starting within `tolerance` of the hint; undefined when there is none
 * or when another one there agrees nearly as well (list items 问…帮…问… sit close together).
 */
function bestNearHint(s: Search, tolerance: number): Scored | undefined {
  let best: Scored | undefined
  let runnerUp = -Infinity
  for (const r of occurrences(s, Math.max(0, s.hint - tolerance), s.hint + tolerance)) {
    const c = score(s, r.start, r.end, 1)
    if (!best || c.rank > best.rank) {
      runnerUp = best?.share ?? -Infinity
      best = c
    } else runnerUp = Math.max(runnerUp, c.share)
  }
  return best && best.share - runnerUp >= AMBIGUITY_MARGIN ? best : undefined
}

/** The best occurrence of the quote, unchanged or unchanged once folded; undefined when ambiguous. */
function bestUnchanged(s: Search): Scored | undefined {
  const ranges = occurrences(s, 0, s.text.length)
  // Without any recorded context, repeats cannot be told apart: only a single occurrence is safe.
  if (s.ctx.before === '' && s.ctx.after === '' && ranges.length > 1) return undefined
  let best: Scored | undefined
  for (const r of ranges) {
    const c = score(s, r.start, r.end, 1)
    if (!best || c.rank > best.rank) best = c
  }
  return best
}

/**
 * Occurrences of the quote starting in [from, to] (original offsets): unchanged, then unchanged once
 * folded (width, whitespace); copies in `taken` left out; at most MAX_OCCURRENCES.
 */
function occurrences(s: Search, from: number, to: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  for (let i = s.text.indexOf(s.quote, from); i >= 0 && i <= to && ranges.length < MAX_OCCURRENCES; i = s.text.indexOf(s.quote, i + 1)) {
    if (!s.taken?.has(i)) ranges.push({ start: i, end: i + s.quote.length })
  }
  const f = s.folded
  for (
    let i = f.text.indexOf(s.quoteF, toFoldedOffset(f, from));
    i >= 0 && ranges.length < MAX_OCCURRENCES;
    i = f.text.indexOf(s.quoteF, i + 1)
  ) {
    const start = f.toOriginal[i]
    if (start > to) break
    if (!s.text.startsWith(s.quote, start) && !s.taken?.has(start)) ranges.push({ start, end: f.toOriginal[i + s.quoteF.length - 1] + 1 })
  }
  return ranges
}

/** The best approximate match; with `within`, only among those starting at most that far from the hint. */
function bestApproximate(s: Search, extra: { start: number; end: number }[], within = Infinity): Scored | undefined {
  const f = s.folded
  const m = s.quoteF.length
  const slack = Math.max(8, Math.ceil(m * 0.3))
  const windows: number[] = seedCandidates(f.text, s.quoteF)
  for (const r of extra) windows.unshift(toFoldedOffset(f, r.start))
  const anchors = contextAnchors(s.ctx, EDGE_ANCHOR)
  let best: Scored | undefined
  const seen = new Set<number>()
  for (const candidateStart of windows) {
    const ws = Math.max(0, candidateStart - slack)
    const we = Math.min(f.text.length, candidateStart + m + slack)
    if (we <= ws || seen.has(ws)) continue
    seen.add(ws)
    const fit = fitInWindow(s.quoteF, f.text.slice(ws, we))
    if (!fit || fit.end <= fit.start) continue
    const fitted = { start: ws + fit.start, end: ws + fit.end }
    const widened = edgesAtContext(f.text, fitted.start, fitted.end, anchors.before, anchors.after, EDGE_SLACK_FACTOR * slack)
    for (const range of widened ? [fitted, widened] : [fitted]) {
      const c = judgeFuzzy(s, f.toOriginal[range.start], f.toOriginal[range.end - 1] + 1)
      if (c && Math.abs(c.match.start - s.hint) <= within && (!best || c.rank > best.rank)) best = c
    }
  }
  return best
}

/** A fuzzy candidate (original offsets) scored, or undefined when it fails a rule. */
function judgeFuzzy(s: Search, start: number, end: number): Scored | undefined {
  const found = withinParagraph(s.text, s.quote, start, end)
  if (!found || s.taken?.has(found.start)) return undefined
  const foundF = foldString(s.text.slice(found.start, found.end))
  const qsim = similarity(s.quoteF, foundF)
  // An unchanged copy was judged (and refused) by the stricter rule for unchanged quotes.
  if (qsim < MIN_QUOTE_SIMILARITY || foundF === s.quoteF) return undefined
  const c = score(s, found.start, found.end, qsim)
  const context = c.match.contextSimilarity
  if ((context !== undefined && context < MIN_FUZZY_CONTEXT) || c.evidence < MIN_RELOCATED_EVIDENCE) return undefined
  return QUOTE_WEIGHT * qsim + CONTEXT_WEIGHT * (context ?? qsim) >= MIN_FUZZY_SCORE ? c : undefined
}

/** Scores a candidate range: its agreement with quote and context, and its rank. */
function score(s: Search, start: number, end: number, quoteSimilarity: number): Scored {
  const a = measureAgreement(s.text, start, end, s.ctx, s.quoteF.length, quoteSimilarity)
  const share = agreementShare(a)
  const proximity = s.text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - s.hint) / s.text.length)
  const unchanged = s.text.slice(start, end) === s.quote
  return {
    match: { start, end, unchanged, quoteSimilarity, contextSimilarity: a.context },
    share,
    rank: share + PROXIMITY_TIEBREAK * proximity,
    evidence: a.agreeing,
  }
}

function clampHint(hint: number | undefined, length: number): number {
  if (hint === undefined || !Number.isFinite(hint)) return 0
  return Math.min(length, Math.max(0, Math.floor(hint)))
}
