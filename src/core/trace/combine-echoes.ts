/**
 * Puts together a document's echoes of several references (the national report, the province's, the
 * city's) into one list that never overlaps, each span naming its reference, so echo shares count a
 * character once. References earlier in the list win where two echoes overlap: callers list them
 * highest level first, so wording counts as national when the province repeats it too. Overlapping
 * later echoes are dropped whole, never cut (a cut echo would no longer map onto its source).
 */
import { firstEndingAfter } from '../sorted-search'
import type { EchoSpan } from './find-echoes'

/** An echo and the reference it comes from. */
export interface SourcedEcho extends EchoSpan {
  referenceId: string
}

/** The echoes of every reference, in priority order, combined (see the file header); sorted by start. */
export function combineEchoes(perReference: readonly { referenceId: string; spans: readonly EchoSpan[] }[]): SourcedEcho[] {
  const kept: SourcedEcho[] = []
  for (const { referenceId, spans } of perReference) {
    const sorted = [...kept].sort((a, b) => a.start - b.start)
    for (const s of spans) {
      if (overlapsAny(sorted, s)) continue
      kept.push({ ...s, referenceId })
    }
  }
  return kept.sort((a, b) => a.start - b.start)
}

function overlapsAny(sorted: readonly EchoSpan[], s: EchoSpan): boolean {
  const first = firstEndingAfter(sorted, s.start)
  return first < sorted.length && sorted[first]!.start < s.end
}
