/**
 * The Notes place: memos (project journal, document and theme memos) and passage notes (annotations
 * with a note) in one list, filtered by kind, document, theme and free text. Pure functions over rows.
 * A theme filter also matches sub-themes (`<theme>.<sub>` codes) and the memos on them.
 */
import type { Annotation } from '../../../core/anchoring'
import type { Memo, MemoKind } from '../../../core/memos'

/** What an entry is: a memo of one of its kinds, or a passage note. */
export type NoteKind = MemoKind | 'passage'

export const NOTE_KINDS: readonly NoteKind[] = ['project', 'document', 'theme', 'passage']

/** One entry of the list. */
export type NoteEntry = { kind: MemoKind; memo: Memo } | { kind: 'passage'; annotation: Annotation }

export interface NotesFilter {
  /** '' = every kind. */
  kind: NoteKind | ''
  /** '' = every document; a document's memo and its passages' notes. */
  documentId: string
  /** '' = every theme; a theme's memo and the notes of passages coded with it. */
  themeId: string
  /** Matched case-insensitively against memo text, quote, note and tags. */
  text: string
}

export const EMPTY_NOTES_FILTER: NotesFilter = { kind: '', documentId: '', themeId: '', text: '' }

/** Whether `code` is theme `themeId` or one of its sub-themes. */
export function isThemeOrSub(code: string, themeId: string): boolean {
  return code === themeId || code.startsWith(`${themeId}.`)
}

/**
 * The entries in list order: the journal, document memos, theme memos, then passage notes (most
 * recently changed first, as given). Memos and annotations without text are left out.
 */
export function toNoteEntries(memos: readonly Memo[], annotations: readonly Annotation[]): NoteEntry[] {
  const rank: Record<MemoKind, number> = { project: 0, document: 1, theme: 2 }
  const memoEntries = memos
    .filter((m) => m.text.trim() !== '')
    .sort((a, b) => rank[a.kind] - rank[b.kind] || (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
    .map((memo): NoteEntry => ({ kind: memo.kind, memo }))
  const passages = annotations.filter((a) => a.note.trim() !== '').map((annotation): NoteEntry => ({ kind: 'passage', annotation }))
  return [...memoEntries, ...passages]
}

/** The entries passing every set criterion, in input order. */
export function filterNotes(entries: readonly NoteEntry[], filter: NotesFilter): NoteEntry[] {
  const needle = filter.text.trim().toLowerCase()
  const has = (texts: string[]): boolean => needle === '' || texts.some((s) => s.toLowerCase().includes(needle))
  return entries.filter((e) => {
    if (filter.kind !== '' && e.kind !== filter.kind) return false
    if (e.kind === 'passage') {
      const a = e.annotation
      return (
        (filter.documentId === '' || a.documentId === filter.documentId) &&
        (filter.themeId === '' || a.themes.some((t) => isThemeOrSub(t, filter.themeId))) &&
        has([a.quote.exact, a.note, ...a.tags])
      )
    }
    const m = e.memo
    if (filter.documentId !== '' && !(m.kind === 'document' && m.target === filter.documentId)) return false
    if (filter.themeId !== '' && !(m.kind === 'theme' && isThemeOrSub(m.target, filter.themeId))) return false
    return has([m.text])
  })
}
