/**
 * What "Code all hits" codes: the hit itself, the sentence around it or the passage around it.
 * Pure: takes the hits and the sentence / passage spans of each document, returns the spans to
 * annotate, one per distinct span (two hits in one sentence give one sentence annotation).
 * It does not parse: the concordance worker passes sentences from parseStructure and passages
 * from the same segmentation the themes use.
 */
import { spanAt } from '../sorted-search'

/** How much text around a hit is coded. */
export type CodeScope = 'hit' | 'sentence' | 'passage'

export const CODE_SCOPES: readonly CodeScope[] = ['hit', 'sentence', 'passage']

/** A hit or a span to code, in one document (UTF-16 code units of its text). */
export interface DocSpan {
  docId: string
  start: number
  end: number
}

/** A span to code and the hits it codes (so a hit already coded with the theme can be skipped). */
export interface CodeSpan extends DocSpan {
  /** The hits inside this span, UTF-16 offsets of the same document. */
  hits: { start: number; end: number }[]
}

/**
 * The enclosing span of [start, end) in `spans` (sorted by start, not overlapping): the span holding
 * `start`; when the hit runs past it (a phrase across a sentence end), extended to the span holding
 * `end`. Falls back to the hit itself when no span holds it (text between paragraphs).
 */
export function enclosingSpan(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
): { start: number; end: number } {
  const first = spanAt(spans, start)
  if (!first) return { start, end }
  const last = end > first.end ? (spanAt(spans, Math.max(start, end - 1)) ?? first) : first
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) }
}

/**
 * The spans to code for `hits` in `scope`, in the order of first appearance, without duplicates.
 * `unitsOf(docId)` gives the document's sentences or passages (sorted); it is not called for 'hit'.
 * Hits with end ≤ start (zero-length regex matches) are skipped: there is nothing to highlight.
 */
export function spansToCode(
  hits: readonly DocSpan[],
  scope: CodeScope,
  unitsOf: (docId: string) => readonly { start: number; end: number }[],
): CodeSpan[] {
  const seen = new Map<string, CodeSpan>()
  for (const hit of hits) {
    if (!(hit.end > hit.start)) continue
    const span = scope === 'hit' ? hit : enclosingSpan(unitsOf(hit.docId), hit.start, hit.end)
    const key = `${hit.docId}\u0000${span.start}\u0000${span.end}`
    const known = seen.get(key)
    if (known) known.hits.push({ start: hit.start, end: hit.end })
    else seen.set(key, { docId: hit.docId, start: span.start, end: span.end, hits: [{ start: hit.start, end: hit.end }] })
  }
  return [...seen.values()]
}
