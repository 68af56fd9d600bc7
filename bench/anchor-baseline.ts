/**
 * The anchoring benchmark's baseline: a Hypothesis-like matcher over approx-string-match, as in
 * hypothesis/client src/annotator/anchoring/match-quote.ts — exact occurrences if any, else matches
 * with up to min(256, quote.length / 2) errors, the best by 50·quote + 20·prefix + 20·suffix +
 * 2·position, with no minimum score (it always places a quote it can find anything like).
 */
import search from 'approx-string-match'
import type { AnchorTarget } from '../src/core/anchoring'
import type { Span } from './tracked-text'

/** Where the baseline places `t` in `text`; undefined when nothing resembles the quote. */
export function hypothesisMatch(text: string, t: AnchorTarget): Span | undefined {
  const quote = t.quote.exact
  if (quote.length === 0) return undefined
  const exacts: { start: number; end: number; errors: number }[] = []
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) exacts.push({ start: i, end: i + quote.length, errors: 0 })
  const matches = exacts.length > 0 ? exacts : search(text, quote, Math.min(256, quote.length / 2))
  if (matches.length === 0) return undefined
  const textMatchScore = (a: string, b: string): number => {
    if (a.length === 0 || b.length === 0) return 0
    const m = search(a, b, b.length)
    return m.length === 0 ? 0 : 1 - m[0].errors / b.length
  }
  let best: Span | undefined
  let bestScore = -Infinity
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length
    const prefixScore = t.quote.prefix
      ? textMatchScore(t.quote.prefix, text.slice(Math.max(0, m.start - t.quote.prefix.length), m.start))
      : 1
    const suffixScore = t.quote.suffix ? textMatchScore(t.quote.suffix, text.slice(m.end, m.end + t.quote.suffix.length)) : 1
    const posScore = 1 - Math.abs(m.start - t.position.start) / text.length
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 94
    if (score > bestScore) {
      bestScore = score
      best = { start: m.start, end: m.end }
    }
  }
  return best
}
