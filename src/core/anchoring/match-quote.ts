/**
 * Finds where a quote (with its prefix and suffix) stands in a text: unchanged at the hint, unchanged
 * elsewhere (repeats told apart by context, then by distance to the hint), unchanged once punctuation
 * width and whitespace are folded, or approximately. Unlike the Hypothesis client's matcher it refuses
 * candidates below a minimum score: a highlight on look-alike text is worse than an orphan.
 * Pure: no DOM, no diff (callers pass a mapped hint and candidate ranges; see anchor-annotation.ts).
 */
import { fitInWindow, similarity } from './edit-distance'
import { foldString, foldText, toFoldedOffset, type FoldedText } from './fold-text'

/** Weight of quote similarity in a fuzzy candidate's score (the quote is the main evidence). */
export const QUOTE_WEIGHT = 0.65
/** Weight of prefix/suffix agreement: context is what tells a moved quote from a look-alike. */
export const CONTEXT_WEIGHT = 0.35
/** Minimum fuzzy score (QUOTE_WEIGHT·quote + CONTEXT_WEIGHT·context) to anchor; below it, orphan. */
export const MIN_FUZZY_SCORE = 0.75
/** A fuzzy candidate must resemble the quote at least this much whatever its context says. */
export const MIN_QUOTE_SIMILARITY = 0.7
/** An unchanged quote away from its hint needs this much context agreement (short phrases recur). */
export const MIN_CONTEXT_FOR_RELOCATED_EXACT = 0.4
/** Quotes this long (folded code units) are their own evidence when found unchanged elsewhere. */
export const SELF_EVIDENT_QUOTE_LENGTH = 64
/** Among repeats with the same context score, prefer the nearest to the hint by at most this much. */
export const PROXIMITY_TIEBREAK = 0.05
/** Exact occurrences examined per quote (a phrase repeated more often is told apart by context alone). */
const MAX_OCCURRENCES = 200
/** A seed found more often than this is uninformative and skipped. */
const MAX_SEED_HITS = 40
/** Seeds sampled along a quote for approximate search. */
const SEED_COUNT = 8
/** Longest seed (code units); shorter quotes use shorter seeds. */
const MAX_SEED_LENGTH = 8
/** Candidate regions verified per quote by edit distance. */
const MAX_WINDOWS = 4

/** Where a quote was found: offsets in the original (unfolded) text. */
export interface QuoteMatch {
  /** UTF-16 code unit offsets into the text. */
  start: number
  end: number
  /** True when `text.slice(start, end)` equals the quote exactly. */
  unchanged: boolean
  /** Similarity of the found text to the quote (folded), 0–1. */
  quoteSimilarity: number
  /** Prefix/suffix agreement, 0–1; undefined when the quote has no context. */
  contextSimilarity: number | undefined
}

/** Options of {@link matchQuote}. */
export interface MatchQuoteOptions {
  prefix?: string
  suffix?: string
  /** Expected start offset (UTF-16) in the text, e.g. the old position mapped through a diff. */
  hint?: number
  /** Extra candidate ranges (UTF-16) to verify, e.g. the old range mapped through a diff. */
  candidates?: { start: number; end: number }[]
  /** `foldText(text)`, when the caller matches many quotes in one text. */
  folded?: FoldedText
}

/**
 * Finds `quote` in `text`.
 * @returns the accepted match, or undefined (empty quote, or nothing scores above the minimum)
 */
export function matchQuote(text: string, quote: string, options: MatchQuoteOptions = {}): QuoteMatch | undefined {
  if (quote === '' || text === '') return undefined
  const hint = clampHint(options.hint, text.length)
  if (text.startsWith(quote, hint)) {
    return { start: hint, end: hint + quote.length, unchanged: true, quoteSimilarity: 1, contextSimilarity: undefined }
  }
  const folded = options.folded ?? foldText(text)
  const ctx = { folded, prefix: foldString(options.prefix ?? ''), suffix: foldString(options.suffix ?? '') }
  const quoteF = foldString(quote)
  if (quoteF === '') return undefined

  // Unchanged quote elsewhere, then the same after folding width and whitespace.
  const exact = bestOccurrence(text, quote, hint, ctx, quoteF.length)
  if (exact) return exact
  const foldedHit = bestFoldedOccurrence(text, quote, quoteF, hint, ctx)
  if (foldedHit) return foldedHit

  return bestApproximate(text, quote, quoteF, hint, ctx, options.candidates ?? [])
}

interface Context {
  folded: FoldedText
  prefix: string
  suffix: string
}

function bestOccurrence(text: string, quote: string, hint: number, ctx: Context, foldedLength: number): QuoteMatch | undefined {
  const starts: number[] = []
  for (let i = text.indexOf(quote); i >= 0 && starts.length < MAX_OCCURRENCES; i = text.indexOf(quote, i + 1)) starts.push(i)
  return pickRelocated(
    starts.map((s) => ({ start: s, end: s + quote.length })),
    text,
    quote,
    hint,
    ctx,
    foldedLength,
  )
}

function bestFoldedOccurrence(text: string, quote: string, quoteF: string, hint: number, ctx: Context): QuoteMatch | undefined {
  const ranges: { start: number; end: number }[] = []
  const f = ctx.folded
  for (let i = f.text.indexOf(quoteF); i >= 0 && ranges.length < MAX_OCCURRENCES; i = f.text.indexOf(quoteF, i + 1)) {
    ranges.push({ start: f.toOriginal[i], end: f.toOriginal[i + quoteF.length - 1] + 1 })
  }
  return pickRelocated(ranges, text, quote, hint, ctx, quoteF.length)
}

/** Chooses among occurrences of the (folded) quote by context, then distance; applies the context minimum. */
function pickRelocated(
  ranges: { start: number; end: number }[],
  text: string,
  quote: string,
  hint: number,
  ctx: Context,
  foldedLength: number,
): QuoteMatch | undefined {
  let best: QuoteMatch | undefined
  let bestRank = -Infinity
  for (const r of ranges) {
    const c = contextSimilarity(ctx, r.start, r.end)
    const rank = (c ?? 0) + PROXIMITY_TIEBREAK * proximity(r.start, hint, text.length)
    if (rank > bestRank) {
      bestRank = rank
      const same = text.slice(r.start, r.end) === quote
      best = { start: r.start, end: r.end, unchanged: same, quoteSimilarity: 1, contextSimilarity: c }
    }
  }
  if (!best) return undefined
  const c = best.contextSimilarity
  const accepted = c === undefined || c >= MIN_CONTEXT_FOR_RELOCATED_EXACT || foldedLength >= SELF_EVIDENT_QUOTE_LENGTH
  return accepted ? best : undefined
}

function bestApproximate(
  text: string,
  quote: string,
  quoteF: string,
  hint: number,
  ctx: Context,
  extra: { start: number; end: number }[],
): QuoteMatch | undefined {
  const f = ctx.folded
  const m = quoteF.length
  const slack = Math.max(8, Math.ceil(m * 0.3))
  const windows: number[] = seedCandidates(f.text, quoteF)
  for (const r of extra) windows.unshift(toFoldedOffset(f, r.start))
  let best: QuoteMatch | undefined
  let bestScore = -Infinity
  const seen = new Set<number>()
  for (const candidateStart of windows) {
    const ws = Math.max(0, candidateStart - slack)
    const we = Math.min(f.text.length, candidateStart + m + slack)
    if (we <= ws || seen.has(ws)) continue
    seen.add(ws)
    const fit = fitInWindow(quoteF, f.text.slice(ws, we))
    if (!fit || fit.end <= fit.start) continue
    const qsim = 1 - fit.errors / Math.max(m, fit.end - fit.start)
    if (qsim < MIN_QUOTE_SIMILARITY) continue
    const start = f.toOriginal[ws + fit.start]
    const end = f.toOriginal[ws + fit.end - 1] + 1
    const c = contextSimilarity(ctx, start, end)
    const score = QUOTE_WEIGHT * qsim + CONTEXT_WEIGHT * (c ?? qsim)
    if (score < MIN_FUZZY_SCORE) continue
    const rank = score + PROXIMITY_TIEBREAK * proximity(start, hint, text.length)
    if (rank > bestScore) {
      bestScore = rank
      best = { start, end, unchanged: text.slice(start, end) === quote, quoteSimilarity: qsim, contextSimilarity: c }
    }
  }
  return best
}

/** Folded start offsets where the quote probably begins, voted by exact seeds sampled along it. */
function seedCandidates(foldedText: string, quoteF: string): number[] {
  const m = quoteF.length
  const seedLength = Math.min(MAX_SEED_LENGTH, Math.max(2, Math.floor(m / 3)))
  if (m < seedLength * 2) return []
  const count = Math.min(SEED_COUNT, Math.floor(m / seedLength))
  const step = (m - seedLength) / Math.max(1, count - 1)
  const bucket = Math.max(8, Math.floor(m / 4))
  const votes = new Map<number, { votes: number; start: number }>()
  for (let k = 0; k < count; k++) {
    const offset = Math.round(k * step)
    const seed = quoteF.slice(offset, offset + seedLength)
    const hits: number[] = []
    for (let i = foldedText.indexOf(seed); i >= 0; i = foldedText.indexOf(seed, i + 1)) {
      hits.push(i)
      if (hits.length > MAX_SEED_HITS) break
    }
    if (hits.length > MAX_SEED_HITS) continue
    for (const h of hits) {
      const start = h - offset
      const key = Math.round(start / bucket)
      const v = votes.get(key)
      if (v) v.votes++
      else votes.set(key, { votes: 1, start })
    }
  }
  return [...votes.values()]
    .sort((a, b) => b.votes - a.votes)
    .slice(0, MAX_WINDOWS)
    .map((v) => v.start)
}

/** Mean similarity of prefix and suffix with the text around [start, end); undefined without context. */
function contextSimilarity(ctx: Context, start: number, end: number): number | undefined {
  const f = ctx.folded
  const parts: number[] = []
  if (ctx.prefix !== '') {
    const fs = toFoldedOffset(f, start)
    parts.push(similarity(ctx.prefix, f.text.slice(Math.max(0, fs - ctx.prefix.length), fs)))
  }
  if (ctx.suffix !== '') {
    const fe = toFoldedOffset(f, end)
    parts.push(similarity(ctx.suffix, f.text.slice(fe, fe + ctx.suffix.length)))
  }
  return parts.length === 0 ? undefined : parts.reduce((a, b) => a + b, 0) / parts.length
}

function proximity(start: number, hint: number, length: number): number {
  return length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / length)
}

function clampHint(hint: number | undefined, length: number): number {
  if (hint === undefined || !Number.isFinite(hint)) return 0
  return Math.min(length, Math.max(0, Math.floor(hint)))
}
