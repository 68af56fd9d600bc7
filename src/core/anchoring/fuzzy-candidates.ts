/**
 * Helpers of the approximate search in match-quote.ts: where a changed quote may begin (exact seeds
 * sampled along it vote for start offsets), a fit kept inside one paragraph, and a fit's ends moved
 * out to where the recorded context stands. Pure string functions.
 */
import { foldString } from './fold-text'

/** A seed found more often than this is uninformative and skipped. */
const MAX_SEED_HITS = 40
/** Seeds sampled along a quote for approximate search. */
const SEED_COUNT = 8
/** Longest seed (code units); shorter quotes use shorter seeds. */
const MAX_SEED_LENGTH = 8
/** Candidate regions verified per quote by edit distance. */
const MAX_WINDOWS = 4
/** Fewest recorded context characters worth looking for next to a fit (fewer recur by chance). */
const MIN_EDGE_ANCHOR = 4

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
    for (let from = s; from < e;) {
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
 * A fit's ends moved out to where the recorded context stands, when it stands close by. The best fit
 * by edit count drops a quote's first words when an insertion follows them (five deletions cost less
 * than eight insertions), leaving the fit's start, and so its context, inside the inserted text.
 * @param before, after the recorded context characters next to the quote (folded, no breaks)
 * @returns folded [start, end), or undefined when neither context was found near the fit
 */
export function edgesAtContext(
  foldedText: string,
  start: number,
  end: number,
  before: string,
  after: string,
  slack: number,
): { start: number; end: number } | undefined {
  let s = start
  let e = end
  if (before.length >= MIN_EDGE_ANCHOR) {
    const at = nearest(foldedText, before, start - before.length, slack)
    if (at !== undefined) s = at + before.length
  }
  if (after.length >= MIN_EDGE_ANCHOR) {
    const at = nearest(foldedText, after, end, slack)
    if (at !== undefined) e = at
  }
  return (s !== start || e !== end) && e > s ? { start: s, end: e } : undefined
}

/** The occurrence of `needle` starting nearest to `at`, within `slack` of it. */
function nearest(text: string, needle: string, at: number, slack: number): number | undefined {
  let best: number | undefined
  for (let i = text.indexOf(needle, Math.max(0, at - slack)); i >= 0 && i <= at + slack; i = text.indexOf(needle, i + 1)) {
    if (best === undefined || Math.abs(i - at) < Math.abs(best - at)) best = i
  }
  return best
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
