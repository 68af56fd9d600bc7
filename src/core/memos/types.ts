/**
 * Memos: Markdown notes that belong to a whole document, to a theme (a code: `<theme>` or
 * `<theme>.<sub>`), or to the project (one journal). Passage notes stay on annotations; memos are what
 * QDA tools call document, code and project memos. One memo per target, so the id is derived from it.
 */

/** What a memo is about. */
export type MemoKind = 'document' | 'theme' | 'project'

export const MEMO_KINDS: readonly MemoKind[] = ['document', 'theme', 'project']

/** A memo as Bidu stores it (the Dexie `memos` row, version 7). */
export interface Memo {
  /** {@link memoId} of its target: one memo per document, per theme, one project journal. */
  id: string
  kind: MemoKind
  /** The document's id for kind 'document', the theme code for kind 'theme', '' for the journal. */
  target: string
  /** Markdown source (rendered as text, never HTML). */
  text: string
  /** ISO 8601 times. */
  created: string
  updated: string
}

/** The id of the memo on a target (stable, so writing twice updates one row). */
export function memoId(kind: MemoKind, target: string): string {
  return kind === 'project' ? 'project' : `${kind}:${target}`
}

/** Memos with some text, in a stable order: journal first, then documents, then themes, by target. */
export function sortMemos(memos: readonly Memo[]): Memo[] {
  const rank: Record<MemoKind, number> = { project: 0, document: 1, theme: 2 }
  return memos
    .filter((m) => m.text.trim() !== '')
    .sort((a, b) => rank[a.kind] - rank[b.kind] || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0))
}
