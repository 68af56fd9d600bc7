/**
 * Coding many spans at once (the concordance's "Code all hits"): turns spans into annotations with one
 * theme (and an optional tag) and stores them as ONE undoable action on this feature's undo stack —
 * Ctrl/Cmd+Z or the notice's Undo removes them all, redo puts the same rows back. A hit already inside
 * an annotation with this theme is skipped and counted (a span whose hits all are adds nothing), so
 * running it twice adds nothing.
 */
import type { Annotation, HighlightColor } from '../../../core/anchoring'
import type { CodeSpan } from '../../../core/concordance'
import { annotationsOfDocuments, deleteAnnotations, restoreAnnotations } from '../../db/annotations'
import type { MessageKey } from '../../i18n'
import { buildAnnotation } from './build-annotation'
import { getAnnotationUi, setAnnotationUi } from './annotation-store'
import { pushAction, type UndoAction } from './undo-stack'
import { codesWithTheme } from '../codebook'

/** Colour of annotations coded in bulk (the reader's default highlight). */
export const CODED_COLOR: HighlightColor = 'yellow'

export interface CodeChoice {
  /** A theme, or a sub-theme's code `<theme>.<sub-theme>` (stored with its theme's). */
  themeId: string
  /** Empty for no tag. */
  tag: string
}

/** What coding the hits would do: the new rows, and how many hits were already coded with the theme. */
export interface HitCoding {
  rows: Annotation[]
  /** Hits lying inside an annotation that already has the theme (not coded again). */
  skipped: number
}

/**
 * The new annotation rows for `spans` (pure: ids and clock come in). Spans in unknown documents and
 * empty spans are left out; a hit inside an existing (placed) annotation with the theme is skipped
 * and counted, and a span all of whose hits are skipped (or that such an annotation covers) adds no row.
 */
export function buildHitAnnotations(
  spans: readonly CodeSpan[],
  texts: ReadonlyMap<string, string>,
  choice: CodeChoice,
  existing: readonly Annotation[],
  newId: () => string,
  now: Date,
): HitCoding {
  const coded = new Map<string, { start: number; end: number }[]>()
  for (const a of existing) {
    if (!a.themes.includes(choice.themeId) || a.anchorStatus === 'orphan') continue
    const list = coded.get(a.documentId) ?? []
    list.push(a.position)
    coded.set(a.documentId, list)
  }
  const inside = (docId: string, start: number, end: number): boolean =>
    (coded.get(docId) ?? []).some((p) => p.start <= start && end <= p.end)
  const tag = choice.tag.trim()
  const rows: Annotation[] = []
  let skipped = 0
  for (const span of spans) {
    const text = texts.get(span.docId)
    if (text === undefined) continue
    const covered = span.hits.filter((h) => inside(span.docId, h.start, h.end)).length
    skipped += covered
    if (covered === span.hits.length || inside(span.docId, span.start, span.end)) continue
    const row = buildAnnotation({
      documentId: span.docId,
      text,
      span,
      color: CODED_COLOR,
      id: newId(),
      now,
      themes: codesWithTheme(choice.themeId),
      tags: tag ? [tag] : [],
    })
    if (row) rows.push(row)
  }
  return { rows, skipped }
}

/**
 * Stores annotations for `spans` in one transaction and records one undo action named `label`.
 * @param texts each document's text by id (spans in other documents are skipped)
 * @returns the rows stored (none when there was nothing new to code) and the hits skipped as already coded
 */
export async function codeSpansAction(
  spans: readonly CodeSpan[],
  texts: ReadonlyMap<string, string>,
  choice: CodeChoice,
  label: MessageKey,
): Promise<HitCoding> {
  const existing = await annotationsOfDocuments([...new Set(spans.map((s) => s.docId))])
  const coding = buildHitAnnotations(spans, texts, choice, existing, () => crypto.randomUUID(), new Date())
  const { rows } = coding
  if (rows.length === 0) return coding
  // One bulk write in one transaction: all hits are coded or none is.
  await restoreAnnotations(rows)
  const action: UndoAction = {
    label,
    undo: async () => void (await deleteAnnotations(rows.map((r) => r.id))),
    redo: () => restoreAnnotations(rows),
  }
  setAnnotationUi({ stack: pushAction(getAnnotationUi().stack, action) })
  return coding
}
