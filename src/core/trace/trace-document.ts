/**
 * Sums a document's echoes (find-echoes.ts) over its passages: how much of each passage repeats the
 * reference and where in the reference its longest echo comes from, the document's echo share
 * overall and per theme and sub-theme (from the passages' classification, as themes.ts shares are
 * counted: characters of passages carrying the theme), and the locally specific passages, those with
 * no echo at all. It deliberately takes passages as given (classifyDocument cuts and classifies them)
 * and does not find echoes itself.
 */
import { firstEndingAfter } from '../sorted-search'
import type { EchoSpan } from './find-echoes'
import { MIN_ECHO_CHARS } from './find-echoes'

/** What tracing needs of a passage: its span (UTF-16 offsets) and the themes it carries. */
export interface TraceablePassage {
  id: string
  start: number
  end: number
  themes: readonly string[]
  /** `<theme id>.<sub-theme id>` keys, when the codebook has sub-themes. */
  subthemes?: readonly string[]
}

/** A passage with how much of it is echoed. */
export interface TracedPassage {
  id: string
  start: number
  end: number
  /** Characters of the passage inside echoes. */
  echoed: number
  /** echoed / length, 0–1. */
  share: number
  /** The passage's longest echo (its source in the reference), absent when it has none. */
  source?: EchoSpan
}

/** Echo of the passages that carry one theme or sub-theme. */
export interface ThemeEcho {
  /** Characters of the passages carrying it. */
  chars: number
  /** Of those, characters inside echoes. */
  echoed: number
  /** echoed / chars, 0–1. */
  share: number
}

/** The trace of one document against one reference. */
export interface DocumentTrace {
  spans: EchoSpan[]
  /** Share of the document's characters inside echoes, 0–1 (0 for an empty text). */
  echoShare: number
  passages: TracedPassage[]
  /** By theme id, only themes some passage carries. */
  themes: Record<string, ThemeEcho>
  /** By `<theme>.<sub-theme>` key, only sub-themes some passage carries. */
  subthemes: Record<string, ThemeEcho>
  /** Ids of the passages with no echo (locally specific content); passages too short to echo anything are left out. */
  localPassages: string[]
}

/** Characters of [start, end) inside `spans` (sorted by start, not overlapping) and the span covering most of it. */
function overlap(spans: readonly EchoSpan[], start: number, end: number): { echoed: number; longest?: EchoSpan } {
  let echoed = 0
  let longest: EchoSpan | undefined
  let bestLength = 0
  for (let k = firstEndingAfter(spans, start); k < spans.length && spans[k]!.start < end; k++) {
    const s = spans[k]!
    const n = Math.min(end, s.end) - Math.max(start, s.start)
    if (n <= 0) continue
    echoed += n
    if (n > bestLength) {
      bestLength = n
      longest = s
    }
  }
  return { echoed, longest }
}

function add(table: Record<string, ThemeEcho>, key: string, chars: number, echoed: number): void {
  const row = (table[key] ??= { chars: 0, echoed: 0, share: 0 })
  row.chars += chars
  row.echoed += echoed
}

function finish(table: Record<string, ThemeEcho>): Record<string, ThemeEcho> {
  for (const row of Object.values(table)) row.share = row.chars > 0 ? row.echoed / row.chars : 0
  return table
}

/**
 * Traces one document: `spans` from findEchoes on `textLength` characters, `passages` from
 * classifyDocument on the same text. Passages and spans may be empty (a trace with nothing echoed).
 */
export function traceDocument(textLength: number, spans: readonly EchoSpan[], passages: readonly TraceablePassage[]): DocumentTrace {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let total = 0
  for (const s of sorted) total += s.end - s.start
  const themes: Record<string, ThemeEcho> = {}
  const subthemes: Record<string, ThemeEcho> = {}
  const localPassages: string[] = []
  const traced = passages.map((p): TracedPassage => {
    const length = p.end - p.start
    const { echoed, longest } = overlap(sorted, p.start, p.end)
    for (const id of p.themes) add(themes, id, length, echoed)
    for (const key of p.subthemes ?? []) add(subthemes, key, length, echoed)
    if (echoed === 0 && length >= MIN_ECHO_CHARS) localPassages.push(p.id)
    const passage: TracedPassage = { id: p.id, start: p.start, end: p.end, echoed, share: length > 0 ? echoed / length : 0 }
    if (longest) passage.source = longest
    return passage
  })
  return {
    spans: sorted,
    echoShare: textLength > 0 ? Math.min(1, total / textLength) : 0,
    passages: traced,
    themes: finish(themes),
    subthemes: finish(subthemes),
    localPassages,
  }
}
