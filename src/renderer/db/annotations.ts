/**
 * Named writes to the annotations table (schema version 2). Each user operation is one function and
 * one transaction; functions that change or destroy rows return what undo needs (the previous rows).
 * Also the one place where a document's text and its annotations change together: a text replacement
 * re-anchors every annotation of the document in the same transaction, so the two never disagree.
 * Reads for `useLiveQuery` are at the bottom. Orphaned annotations are never deleted here.
 */
import { describeSelection, hashText, reanchorAll, applyAnchor, type AnchorStatus, type Annotation } from '../../core/anchoring'
import { fail, ok, type Result } from '../../core/result'
import type { RemovedSpan } from '../../core/import/types'
import { memoId, type Memo } from '../../core/memos'
import { getDatabase, type BiduDatabase, type StoredDocument } from './database'
import { existingRows, putRowsBack, takeRows } from './rows'

/** The fields a user edits on an existing annotation. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'themes' | 'tags' | 'note'>>

/** Stores a new annotation; throws (a programmer error) when the id already exists. */
export async function createAnnotation(row: Annotation, db: BiduDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    await db.annotations.add(row)
  })
}

/**
 * Applies `changes` to an annotation and stamps `updated`.
 * @param changes the new values, or a function computing them from the row as stored (inside the
 *   transaction): list edits (add a tag, tick a theme) must build on the stored list, not on a copy a
 *   component rendered before the previous edit was written, or quick successive edits undo each other
 * @param now the edit time (the caller owns the clock)
 * @returns the row as it was before and as it is now; undefined when the annotation does not exist
 */
export async function updateAnnotation(
  id: string,
  changes: AnnotationChanges | ((row: Annotation) => AnnotationChanges),
  db: BiduDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<{ before: Annotation; after: Annotation } | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id)
    if (!before) return undefined
    const after = { ...before, ...(typeof changes === 'function' ? changes(before) : changes), updated: now.toISOString() }
    await db.annotations.put(after)
    return { before, after }
  })
}

/**
 * Deletes annotations by id in one transaction.
 * @returns the deleted rows (missing ids skipped), which {@link restoreAnnotations} puts back exactly
 */
export async function deleteAnnotations(ids: readonly string[], db: BiduDatabase = getDatabase()): Promise<Annotation[]> {
  return takeRows(db, db.annotations, ids)
}

/** Puts rows back exactly as given (undo of a delete or an edit); existing ids are overwritten. */
export async function restoreAnnotations(rows: readonly Annotation[], db: BiduDatabase = getDatabase()): Promise<void> {
  return putRowsBack(db, db.annotations, rows)
}

/** Why a manual re-attachment was refused (the row is then unchanged). */
export type ReattachError = 'GONE' | 'TEXT_CHANGED' | 'EMPTY_SELECTION'

/**
 * Attaches an annotation by hand to a passage the user selected in its document's current text: new
 * quote (exact, prefix, suffix) and position selectors read from that text, its hash, status exact.
 * Colour, themes, tags and note are kept.
 * @param span the selection, UTF-16 offsets into the text whose hash is `textHash`
 * @param textHash the hash of the text the selection was made on: when the stored text differs (it
 *   was replaced meanwhile) the offsets would point elsewhere, so nothing is written
 * @returns the row before and after (for undo), or why nothing was written
 */
export async function reattachAnnotation(
  id: string,
  span: { start: number; end: number },
  textHash: string,
  db: BiduDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<Result<{ before: Annotation; after: Annotation }, ReattachError>> {
  return db.transaction('rw', db.documents, db.annotations, async () => {
    const before = await db.annotations.get(id)
    const doc = before && (await db.documents.get(before.documentId))
    if (!before || !doc) return fail('GONE', 'the annotation or its document no longer exists')
    const currentHash = doc.textHash
    if (currentHash !== textHash) return fail('TEXT_CHANGED', 'the document text changed since the passage was selected')
    const { quote, position } = describeSelection(doc.text, span.start, span.end)
    if (position.end <= position.start || quote.exact.trim() === '') return fail('EMPTY_SELECTION', 'no text is selected')
    const after: Annotation = { ...before, quote, position, textHash: currentHash, anchorStatus: 'exact', updated: now.toISOString() }
    await db.annotations.put(after)
    return ok({ before, after })
  })
}

/** A document's new text: the working text, and optionally a new extracted text (a corrected file). */
export interface NextText {
  text: string
  removed: RemovedSpan[]
  rawText?: string
}

/** What a text replacement changed: enough to show the counts and to undo it. */
export interface TextReplacement {
  documentId: string
  previous: { text: string; rawText: string; removed: RemovedSpan[]; textHash?: string }
  /** The document's annotations as they were before re-anchoring. */
  previousAnnotations: Annotation[]
  counts: Record<AnchorStatus, number>
}

/**
 * Replaces a document's text and re-anchors all its annotations in ONE transaction.
 * Annotations made on the document's current text are mapped through a diff of old→new; older ones
 * (orphans from an earlier version) are searched for by quote only. Orphans keep their old selectors
 * and text hash; they are listed for attention, never deleted.
 * @returns the replacement record, or undefined when the document does not exist
 */
export async function replaceTextAndReanchor(
  documentId: string,
  next: NextText,
  db: BiduDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<TextReplacement | undefined> {
  return db.transaction('rw', db.documents, db.annotations, async () => {
    const doc = await db.documents.get(documentId)
    if (!doc) return undefined
    const annotations = await db.annotations.where('documentId').equals(documentId).toArray()
    const oldHash = doc.textHash
    const newHash = hashText(next.text)
    const current = annotations.filter((a) => a.textHash === oldHash)
    const older = annotations.filter((a) => a.textHash !== oldHash)
    const mapped = reanchorAll(doc.text, next.text, current)
    const searched = reanchorAll(undefined, next.text, older)
    const counts: Record<AnchorStatus, number> = { exact: 0, fuzzy: 0, orphan: 0 }
    const stamp = now.toISOString()
    const rows = [...current, ...older].map((a, i): Annotation => {
      const r = i < current.length ? mapped.results[i] : searched.results[i - current.length]
      counts[r.status]++
      return applyAnchor(a, r, newHash, stamp)
    })
    await db.documents.update(documentId, {
      text: next.text,
      removed: next.removed,
      ...(next.rawText !== undefined ? { rawText: next.rawText } : {}),
      textHash: newHash,
      updatedAt: now.getTime(),
    })
    await db.annotations.bulkPut(rows)
    return {
      documentId,
      previous: { text: doc.text, rawText: doc.rawText, removed: doc.removed, textHash: doc.textHash },
      previousAnnotations: annotations,
      counts,
    }
  })
}

/** Undoes {@link replaceTextAndReanchor}: the old text and the annotations exactly as they were. */
export async function undoTextReplacement(replacement: TextReplacement, db: BiduDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.documents, db.annotations, async () => {
    const { previous } = replacement
    await db.documents.update(replacement.documentId, {
      text: previous.text,
      rawText: previous.rawText,
      removed: previous.removed,
      textHash: previous.textHash,
      updatedAt: Date.now(),
    })
    await db.annotations.bulkPut(replacement.previousAnnotations)
  })
}

/** Documents with their annotations and memos as deleted together (what undo puts back). */
export interface RemovedDocuments {
  documents: StoredDocument[]
  annotations: Annotation[]
  /** The deleted documents' memos (absent in undo entries made before memos existed). */
  memos?: Memo[]
}

/**
 * Deletes documents with their annotations and document memos in one transaction (an annotation or
 * memo without its document could be neither shown nor backed up). Unknown ids are skipped.
 */
export async function deleteDocumentsWithAnnotations(ids: readonly string[], db: BiduDatabase = getDatabase()): Promise<RemovedDocuments> {
  return db.transaction('rw', db.documents, db.annotations, db.memos, async () => {
    const documents = await existingRows(db.documents, ids)
    const found = documents.map((d) => d.id)
    const annotations = found.length ? await db.annotations.where('documentId').anyOf(found).toArray() : []
    const memos = found.length ? await db.memos.bulkGet(found.map((id) => memoId('document', id))) : []
    const kept = memos.filter((m): m is Memo => m !== undefined)
    await db.annotations.bulkDelete(annotations.map((a) => a.id))
    await db.memos.bulkDelete(kept.map((m) => m.id))
    await db.documents.bulkDelete(found)
    return { documents, annotations, memos: kept }
  })
}

/** Puts deleted documents, their annotations and memos back exactly (undo of {@link deleteDocumentsWithAnnotations}). */
export async function restoreDocumentsWithAnnotations(removed: RemovedDocuments, db: BiduDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.documents, db.annotations, db.memos, async () => {
    await db.documents.bulkPut(removed.documents)
    await db.annotations.bulkPut(removed.annotations)
    await db.memos.bulkPut(removed.memos ?? [])
  })
}

/** Every annotation, most recently changed first. */
export function listAnnotations(db: BiduDatabase = getDatabase()): Promise<Annotation[]> {
  return db.annotations.orderBy('updated').reverse().toArray()
}

/** The annotations of the given documents, in text order per document. */
export async function annotationsOfDocuments(ids: readonly string[], db: BiduDatabase = getDatabase()): Promise<Annotation[]> {
  if (ids.length === 0) return []
  const rows = await db.annotations
    .where('documentId')
    .anyOf([...ids])
    .toArray()
  return rows.sort((a, b) => a.documentId.localeCompare(b.documentId) || a.position.start - b.position.start)
}

/** Every tag in use, sorted (for autocompletion). */
export async function listTags(db: BiduDatabase = getDatabase()): Promise<string[]> {
  const keys = await db.annotations.orderBy('tags').uniqueKeys()
  return keys.map(String)
}
