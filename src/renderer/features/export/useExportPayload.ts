/**
 * The live data of an export: documents and annotations from the database, and the payload for the
 * worker built from the annotations of the scope, the codebook and the aligned passages. Re-built only
 * when one of those changes, not on every option click.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { type Annotation } from '../../../core/anchoring'
import type { AlignedPassage, ExportEcho } from '../../../core/export'
import type { Codebook } from '../../../core/themes'
import type { Memo } from '../../../core/memos'
import { readNotesLibrary, type NotesLibrary } from '../../db/notes-library'
import type { StoredDocument } from '../../db/database'
import type { ExportPayload, PayloadDocument } from '../../workers/export-input'
import { referencedDocumentIds } from './export-scope'

/** Reads documents, annotations and memos live (undefined while loading). */
export function useExportLibrary(): NotesLibrary | undefined {
  return useLiveQuery(() => readNotesLibrary(), [])
}

function toPayloadDocument(doc: StoredDocument, label: string | undefined): PayloadDocument {
  return { id: doc.id, fileName: doc.fileName, text: doc.text, textHash: doc.textHash, metadata: doc.metadata, ...(label ? { label } : {}) }
}

/**
 * The payload of the scoped annotations and memos: they and the documents they are on (in library order).
 * @param alignedOf passages of other documents aligned with an annotation (empty when unknown)
 * @param memos the memos of the scope (see selectMemos); a document memo brings its document along
 * @param labelOf the app's label of a document, for the export's headings
 */
export function buildPayload(
  documents: readonly StoredDocument[],
  annotations: Annotation[],
  codebook: Codebook,
  alignedOf: (annotation: Annotation) => AlignedPassage[] = () => [],
  memos: Memo[] = [],
  labelOf: (docId: string) => string | undefined = () => undefined,
  echoesOf: (annotation: Annotation) => ExportEcho[] = () => [],
): ExportPayload {
  const used = new Set([...referencedDocumentIds(annotations), ...memos.filter((m) => m.kind === 'document').map((m) => m.target)])
  const aligned: Record<string, AlignedPassage[]> = {}
  for (const a of annotations) {
    const passages = alignedOf(a)
    if (passages.length > 0) aligned[a.id] = passages
  }
  const echoes: Record<string, ExportEcho[]> = {}
  for (const a of annotations) {
    const found = echoesOf(a)
    if (found.length > 0) echoes[a.id] = found
  }
  return {
    documents: documents.filter((d) => used.has(d.id)).map((d) => toPayloadDocument(d, labelOf(d.id))),
    annotations,
    codebook,
    aligned,
    memos,
    echoes,
  }
}

/** The payload for the dialog, memoised on its inputs; undefined while the library loads. */
export function useExportPayload(
  documents: readonly StoredDocument[] | undefined,
  annotations: Annotation[],
  codebook: Codebook,
  alignedOf: (annotation: Annotation) => AlignedPassage[],
  memos: Memo[],
  labelOf: (docId: string) => string | undefined,
  echoesOf: (annotation: Annotation) => ExportEcho[],
): ExportPayload | undefined {
  return useMemo(
    () => (documents ? buildPayload(documents, annotations, codebook, alignedOf, memos, labelOf, echoesOf) : undefined),
    [documents, annotations, codebook, alignedOf, memos, labelOf, echoesOf],
  )
}
