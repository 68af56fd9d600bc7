/**
 * Shared wording inside an alignment row, for marking in the theme lanes: for each member, the spans
 * it says in the same words as at least one other member. Two sources, united: the core's
 * sharedWording (diff-match-patch with semantic cleanup — exact for near-identical passages, but on
 * long, loosely parallel passages its cleanup folds short common runs such as 扫黑除恶斗争 into the
 * surrounding edits) and common character runs of at least MIN_COMMON_CHARS found through a k-gram
 * index (what a reader means by "the same wording": phrases handed down verbatim). Punctuation and
 * spaces never start or end a shared run. It deliberately does not decide which passages align.
 */
import { MIN_COMMON_CHARS, sharedWording } from '../../core/align'

/** A span of a text, UTF-16 units, half-open. */
export interface TextSpan {
  start: number
  end: number
}

/** Row members compared with each member: enough to find what is common, bounded for big rows. */
export const MAX_WORDING_PEERS = 6

const NOT_WORDING = /[\s\p{P}\p{S}]/u

/** Merges overlapping or touching spans, sorted by start. */
export function unionSpans(spans: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = []
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}

/**
 * `span` of `text` without punctuation or spaces at either end (the diff counts a shared `，` as
 * wording); undefined when fewer than MIN_COMMON_CHARS characters remain.
 */
export function trimSpan(text: string, span: TextSpan): TextSpan | undefined {
  let { start, end } = span
  while (start < end && NOT_WORDING.test(text[start])) start++
  while (end > start && NOT_WORDING.test(text[end - 1])) end--
  return end - start >= MIN_COMMON_CHARS ? { start, end } : undefined
}

/** The k-grams (k = MIN_COMMON_CHARS) of `text` that contain no punctuation or space. */
function gramsOf(text: string): Set<string> {
  const grams = new Set<string>()
  for (let i = 0; i + MIN_COMMON_CHARS <= text.length; i++) {
    const gram = text.slice(i, i + MIN_COMMON_CHARS)
    if (!NOT_WORDING.test(gram)) grams.add(gram)
  }
  return grams
}

/** Spans of `text` covered by k-grams that also occur in `other` (given as its gram set). */
function commonRuns(text: string, other: ReadonlySet<string>): TextSpan[] {
  const spans: TextSpan[] = []
  for (let i = 0; i + MIN_COMMON_CHARS <= text.length; i++) {
    if (other.has(text.slice(i, i + MIN_COMMON_CHARS))) spans.push({ start: i, end: i + MIN_COMMON_CHARS })
  }
  return unionSpans(spans)
}

/**
 * For each of `texts`, the spans shared with at least one other text (each compared with the next
 * MAX_WORDING_PEERS texts, both ways). A group of one gives `[[]]`; an empty group `[]`.
 */
export function rowWording(texts: readonly string[]): TextSpan[][] {
  const spans: TextSpan[][] = texts.map(() => [])
  const grams = texts.map(gramsOf)
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length && j <= i + MAX_WORDING_PEERS; j++) {
      for (const c of sharedWording(texts[i], texts[j]).common) {
        const a = trimSpan(texts[i], { start: c.aStart, end: c.aEnd })
        const b = trimSpan(texts[j], { start: c.bStart, end: c.bEnd })
        if (a) spans[i].push(a)
        if (b) spans[j].push(b)
      }
      spans[i].push(...commonRuns(texts[i], grams[j]))
      spans[j].push(...commonRuns(texts[j], grams[i]))
    }
  }
  return spans.map(unionSpans)
}
