/**
 * Builds a new annotation row from a selection in a document's text: the W3C quote and position
 * selectors, the text version's hash, and the user's choices. Pure: the id and clock come in.
 */
import { describeSelection, hashText, type Annotation, type HighlightColor } from '../../../core/anchoring'
import type { Span } from '../../../core/structure/types'

export interface NewAnnotation {
  documentId: string
  /** The document's current text (offsets refer to it, UTF-16 code units). */
  text: string
  span: Span
  color: HighlightColor
  id: string
  now: Date
  themes?: string[]
  tags?: string[]
  note?: string
}

/** The row for a new annotation; undefined when the span selects nothing in the text. */
export function buildAnnotation(input: NewAnnotation): Annotation | undefined {
  const { quote, position } = describeSelection(input.text, input.span.start, input.span.end)
  if (position.end <= position.start) return undefined
  const time = input.now.toISOString()
  return {
    id: input.id,
    documentId: input.documentId,
    textHash: hashText(input.text),
    quote,
    position,
    color: input.color,
    themes: input.themes ?? [],
    tags: input.tags ?? [],
    note: input.note ?? '',
    created: time,
    updated: time,
    anchorStatus: 'exact',
  }
}

/** Whether an annotation can be drawn on `text`: anchored, and made on this very text version. */
export function isPlaceable(annotation: Annotation, textHash: string): boolean {
  return annotation.anchorStatus !== 'orphan' && annotation.textHash === textHash
}
