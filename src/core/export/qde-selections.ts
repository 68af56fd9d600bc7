/**
 * The REFI-QDA selections of one document: annotations on the same span are merged into ONE
 * PlainTextSelection with the union of their codes and their notes joined. Importers key codings by
 * (code, source, span, coder): QualCoder's refi.py `load_codings_for_text` inserts each Coding into
 * `code_text` and, on the unique-constraint error, keeps only the first ("Duplicated text coding for
 * code and coder. Only one loaded.") — two selections of one span with one code would lose the second
 * note. Orphans and spans outside the text are left out (their position does not point at their quote).
 */
import type { Annotation } from '../anchoring/types'

/** Separator between joined notes (a blank line, so each note stays its own Markdown paragraph). */
export const JOINED_NOTE_SEPARATOR = '\n\n'

/** One selection to write: a span (UTF-16 offsets), its codes and joined note. */
export interface MergedSelection {
  /** The first annotation's id (by creation, then id): the selection's stable GUID derives from it. */
  id: string
  start: number
  end: number
  quote: string
  /** Code keys (`theme:<id>` / `tag:<name>`) in first-seen order, without duplicates. */
  codes: string[]
  /** The notes of the merged annotations, empty ones and exact repeats left out, joined by a blank line. */
  note: string
  /** ISO times: the earliest creation and the latest update of the merged annotations. */
  created: string
  updated: string
}

/** Which codes an annotation contributes. */
export interface SelectionCodes {
  themes: boolean
  tags: boolean
}

/**
 * Merges the placeable annotations of one document (sorted by position) by span.
 * @param annotations the document's annotations, in export order
 * @param textLength the document text's length (UTF-16 code units)
 */
export function mergeSelections(annotations: readonly Annotation[], textLength: number, include: SelectionCodes): MergedSelection[] {
  const bySpan = new Map<string, Annotation[]>()
  for (const a of annotations) {
    const { start, end } = a.position
    if (a.anchorStatus === 'orphan' || start < 0 || end <= start || end > textLength) continue
    const key = `${start}:${end}`
    const list = bySpan.get(key)
    if (list) list.push(a)
    else bySpan.set(key, [a])
  }
  const out: MergedSelection[] = []
  for (const group of bySpan.values()) {
    const sorted = [...group].sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : x.id < y.id ? -1 : 1))
    const first = sorted[0]
    const codes = new Set<string>()
    for (const a of sorted) {
      if (include.themes) for (const t of a.themes) codes.add(`theme:${t}`)
      if (include.tags) for (const t of a.tags) codes.add(`tag:${t}`)
    }
    const notes = [...new Set(sorted.map((a) => a.note.trim()).filter((n) => n !== ''))]
    out.push({
      id: first.id,
      start: first.position.start,
      end: first.position.end,
      quote: first.quote.exact,
      codes: [...codes],
      note: notes.join(JOINED_NOTE_SEPARATOR),
      created: sorted.reduce((m, a) => (a.created < m ? a.created : m), first.created),
      updated: sorted.reduce((m, a) => (a.updated > m ? a.updated : m), first.updated),
    })
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end)
}
