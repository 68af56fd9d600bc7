/**
 * Filtering and grouping of the annotation list (pane and view): by document, theme, colour, tag and
 * free text, and the "needs attention" group of annotations that cannot be drawn on their document's
 * current text. Pure functions over rows.
 */
import type { Annotation, HighlightColor } from '../../../core/anchoring'

export interface AnnotationFilter {
  /** '' = every document. */
  documentId: string
  themeId: string
  color: HighlightColor | ''
  tag: string
  /** Matched case-insensitively against the quote, the note and the tags. */
  text: string
}

export const EMPTY_ANNOTATION_FILTER: AnnotationFilter = { documentId: '', themeId: '', color: '', tag: '', text: '' }

/** The rows that pass every set criterion, in input order. */
export function filterAnnotations(rows: readonly Annotation[], filter: AnnotationFilter): Annotation[] {
  const needle = filter.text.trim().toLowerCase()
  return rows.filter(
    (a) =>
      (filter.documentId === '' || a.documentId === filter.documentId) &&
      (filter.themeId === '' || a.themes.includes(filter.themeId)) &&
      (filter.color === '' || a.color === filter.color) &&
      (filter.tag === '' || a.tags.includes(filter.tag)) &&
      (needle === '' || [a.quote.exact, a.note, ...a.tags].some((s) => s.toLowerCase().includes(needle))),
  )
}

/**
 * Splits rows into those placed on their document's current text and those needing attention:
 * orphans, and rows made on another text version (their offsets would point at the wrong words).
 * @param textHashes current text hash of each document id (a missing document also needs attention)
 */
export function groupByAttention(
  rows: readonly Annotation[],
  textHashes: ReadonlyMap<string, string>,
): { placed: Annotation[]; attention: Annotation[] } {
  const placed: Annotation[] = []
  const attention: Annotation[] = []
  for (const a of rows) {
    const current = textHashes.get(a.documentId)
    if (a.anchorStatus !== 'orphan' && current !== undefined && a.textHash === current) placed.push(a)
    else attention.push(a)
  }
  return { placed, attention }
}

/** Every tag used by `rows`, sorted. */
export function tagsOf(rows: readonly Annotation[]): string[] {
  return [...new Set(rows.flatMap((a) => a.tags))].sort()
}
