/**
 * Helpers of the approximate search in match-quote.ts: where a changed quote may begin (exact seeds
 * sampled along it vote for start offsets), and two checks on a fit found there — it stays inside
 * one paragraph, and both its ends still read like the quote's. Pure string functions.
 */
import { fitInWindow } from './edit-distance'
import { foldString } from './fold-text'

/** A seed found more often than this is uninformative and skipped. */
const MAX_SEED_HITS = 40
/** Seeds sampled along a quote for approximate search. */
const SEED_COUNT = 8
/** Longest seed (code units); shorter quotes use shorter seeds. */
const MAX_SEED_LENGTH = 8
/** Candidate regions verified per quote by edit distance. */
const MAX_WINDOWS = 4
/** Characters compared at each end of a fuzzy fit (a quarter of the quote, 2 to this many). */
const MAX_END_CHECK = 8
/** Extra characters of the fit searched for each end (an insertion or deletion right at the end). */
const END_SLACK = 2
/** Share of an end that may differ. */
const MAX_END_ERRORS = 0.5

/**
 * A fuzzy fit of a quote without line breaks may run over a paragraph break (folding drops it):
 * keep the part of the fit in the paragraph holding most of it, with edge whitespace trimmed.
 */
export function withinParagraph(text: string, quote: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start
  let e = end
  if (!quote.includes('\n') && text.slice(s, e).includes('\n')) {
    let bestStart = s
    let bestEnd = s
    for (let from = s; from < e; ) {
      const nl = text.indexOf('\n', from)
      const to = nl < 0 || nl > e ? e : nl
      if (foldString(text.slice(from, to)).length > foldString(text.slice(bestStart, bestEnd)).length) {
        bestStart = from
        bestEnd = to
      }
      from = to + 1
    }
    s = bestStart
    e = bestEnd
  }
  while (s < e && foldString(text[s]) === '') s++
  while (e > s && foldString(text[e - 1]) === '') e--
  return e > s ? { start: s, end: e } : undefined
}

/**
 * Whether both ends of a fuzzy fit still read like the quote's ends. A fit of the right length can
 * trade the quote's first words for foreign text (a long insertion inside the quote, the tail of the
 * previous sentence): its errors then sit all at one end, which real corrections rarely do.
 */
export function endsAgree(quoteF: string, foundF: string): boolean {
  const k = Math.min(MAX_END_CHECK, Math.max(2, Math.floor(quoteF.length / 4)))
  const head = fitInWindow(quoteF.slice(0, k), foundF.slice(0, k + END_SLACK))
  const tail = fitInWindow(quoteF.slice(-k), foundF.slice(-(k + END_SLACK)))
  return !!head && !!tail && head.errors <= k * MAX_END_ERRORS && tail.errors <= k * MAX_END_ERRORS
}

/** Folded start offsets where the quote probably begins, voted by exact seeds sampled along it. */
export function seedCandidates(foldedText: string, quoteF: string): number[] {
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
