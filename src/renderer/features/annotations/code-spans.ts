/**
 * Coding many spans at once (the concordance's "Code all hits"): turns spans into annotations with one
 * theme (and an optional tag) and stores them as ONE undoable action on this feature's undo stack —
 * Ctrl/Cmd+Z or the notice's Undo removes them all, redo puts the same rows back. Spans that already
 * carry an annotation with this theme at the same place are skipped, so running it twice adds nothing.
 */
import type { Annotation, HighlightColor } from '../../../core/anchoring'
import type { DocSpan } from '../../../core/concordance'
import { annotationsOfDocuments, deleteAnnotations, restoreAnnotations } from '../../db/annotations'
import type { MessageKey } from '../../i18n'
import { buildAnnotation } from './build-annotation'
import { getAnnotationUi, setAnnotationUi } from './annotation-store'
import { pushAction, type UndoAction } from './undo-stack'

/** Colour of annotations coded in bulk (the reader's default highlight). */
export const CODED_COLOR: HighlightColor = 'yellow'

export interface CodeChoice {
  themeId: string
  /** Empty for no tag. */
  tag: string
}

/**
 * The new annotation rows for `spans` (pure: ids and clock come in). Spans in unknown documents, empty
 * spans, and spans where `existing` already has an annotation with the theme at the same offsets are left out.
 */
export function buildHitAnnotations(
  spans: readonly DocSpan[],
  texts: ReadonlyMap<string, string>,
  choice: CodeChoice,
  existing: readonly Annotation[],
  newId: () => string,
  now: Date,
): Annotation[] {
  const taken = new Set(
    existing.filter((a) => a.themes.includes(choice.themeId)).map((a) => `${a.documentId}:${a.position.start}:${a.position.end}`),
  )
  const tag = choice.tag.trim()
  const rows: Annotation[] = []
  for (const span of spans) {
    const text = texts.get(span.docId)
    if (text === undefined || taken.has(`${span.docId}:${span.start}:${span.end}`)) continue
    const row = buildAnnotation({
      documentId: span.docId,
      text,
      span,
      color: CODED_COLOR,
      id: newId(),
      now,
      themes: [choice.themeId],
      tags: tag ? [tag] : [],
    })
    if (row) rows.push(row)
  }
  return rows
}

/**
 * Stores annotations for `spans` in one transaction and records one undo action named `label`.
 * @param texts each document's text by id (spans in other documents are skipped)
 * @returns the rows stored (empty when there was nothing new to code)
 */
export async function codeSpansAction(
  spans: readonly DocSpan[],
  texts: ReadonlyMap<string, string>,
  choice: CodeChoice,
  label: MessageKey,
): Promise<Annotation[]> {
  const existing = await annotationsOfDocuments([...new Set(spans.map((s) => s.docId))])
  const rows = buildHitAnnotations(spans, texts, choice, existing, () => crypto.randomUUID(), new Date())
  if (rows.length === 0) return rows
  // One bulk write in one transaction: all hits are coded or none is.
  await restoreAnnotations(rows)
  const action: UndoAction = {
    label,
    undo: async () => void (await deleteAnnotations(rows.map((r) => r.id))),
    redo: () => restoreAnnotations(rows),
  }
  setAnnotationUi({ stack: pushAction(getAnnotationUi().stack, action) })
  return rows
}
