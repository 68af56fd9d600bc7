/**
 * Re-anchors every annotation of a document after its text changed (replaced by a corrected version,
 * or re-cleaned). Folds the new text and diffs old→new once, then anchors each annotation with that
 * shared state, so 1,000 annotations on a 50,000-character report cost one diff plus cheap searches.
 * Without the old text, a second pass re-searches the annotations that were not confidently placed,
 * from positions estimated by how their neighbours moved (estimate-shifts.ts).
 * Does not touch storage: the caller writes the results (applyAnchor makes each the row to write).
 */
import { anchorAnnotation, type AnchorResult, type AnchorTarget } from './anchor-annotation'
import { estimateShifts } from './estimate-shifts'
import { foldText } from './fold-text'
import { mapPositions } from './map-positions'
import type { AnchorStatus, Annotation } from './types'

/** Results in input order, and how many of each status (what the app shows after a replacement). */
export interface ReanchorSummary {
  results: AnchorResult[]
  counts: Record<AnchorStatus, number>
}

/**
 * Re-anchors `annotations` in `newText`.
 * @param oldText the text the annotations were made on, when the app still has it (enables the diff
 *   map); undefined when only the quotes are known (e.g. annotations imported from a file)
 * @returns one result per annotation, same order, plus counts {exact, fuzzy, orphan}
 */
export function reanchorAll(oldText: string | undefined, newText: string, annotations: readonly AnchorTarget[]): ReanchorSummary {
  const context = {
    folded: foldText(newText),
    map: oldText === undefined || annotations.length === 0 ? undefined : mapPositions(oldText, newText),
    oldText,
  }
  let results = annotations.map((a) => anchorAnnotation(newText, a, context))
  if (oldText === undefined) {
    const expected = estimateShifts(annotations, results)
    // A fuzzy result stands unless an unchanged copy lies near the estimate: that is all it changes.
    results = results.map((r, i) => {
      const e = expected[i]
      if (!e || (r.status === 'fuzzy' && !copyNear(newText, annotations[i].quote.exact, e.offset, e.tolerance))) return r
      return anchorAnnotation(newText, annotations[i], { ...context, expected: e })
    })
  }
  const counts: Record<AnchorStatus, number> = { exact: 0, fuzzy: 0, orphan: 0 }
  for (const r of results) counts[r.status]++
  return { results, counts }
}

/**
 * The stored row as a re-anchoring leaves it: placed, with the quote and position re-read from the
 * new text, that text's hash and exact/fuzzy; an orphan keeps its old selectors and text hash (the
 * version they were made on), so it can still be shown and re-attached.
 * @param textHash hash of the text `result` was anchored in
 * @param updated the edit stamp (ISO 8601); when omitted, `updated` stays as it was
 */
export function applyAnchor(annotation: Annotation, result: AnchorResult, textHash: string, updated?: string): Annotation {
  const stamp = updated !== undefined ? { updated } : {}
  if (result.status === 'orphan') return { ...annotation, anchorStatus: 'orphan', ...stamp }
  return { ...annotation, quote: result.quote, position: result.position, textHash, anchorStatus: result.status, ...stamp }
}

function copyNear(text: string, quote: string, offset: number, tolerance: number): boolean {
  const at = quote === '' ? -1 : text.indexOf(quote, Math.max(0, offset - tolerance))
  return at >= 0 && at <= offset + tolerance
}
