/**
 * The live data of an export: documents and annotations from the database, narrowed to the scope,
 * plus the codebook and the aligned passages, as one payload for the worker. Re-computed only when
 * the database or the scope changes, not on every option click.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { hashText, type Annotation } from '../../../core/anchoring'
import type { AlignedPassage } from '../../../core/export'
import type { Codebook } from '../../../core/themes'
import { listAnnotations } from '../../db/annotations'
import { listDocuments } from '../../db/documents'
import type { StoredDocument } from '../../db/database'
import type { ExportPayload, PayloadDocument } from './export-input'
import { referencedDocumentIds, selectAnnotations, type ExportScope } from './export-scope'

/** The library as the dialog sees it (undefined while loading). */
export interface ExportLibrary {
  documents: StoredDocument[]
  annotations: Annotation[]
}

/** Reads documents and annotations live. */
export function useExportLibrary(): ExportLibrary | undefined {
  return useLiveQuery(async () => {
    const [documents, annotations] = await Promise.all([listDocuments(), listAnnotations()])
    return { documents, annotations }
  }, [])
}

function toPayloadDocument(doc: StoredDocument): PayloadDocument {
  return { id: doc.id, fileName: doc.fileName, text: doc.text, textHash: doc.textHash ?? hashText(doc.text), metadata: doc.metadata }
}

/**
 * The payload of `scope`: its annotations and the documents they refer to (in library order).
 * @param alignedOf passages of other documents aligned with an annotation (empty when unknown)
 */
export function buildPayload(
  library: ExportLibrary,
  scope: ExportScope,
  codebook: Codebook,
  alignedOf: (annotation: Annotation) => AlignedPassage[] = () => [],
): ExportPayload {
  const annotations = selectAnnotations(scope, library.annotations)
  const used = new Set(referencedDocumentIds(annotations))
  const aligned: Record<string, AlignedPassage[]> = {}
  for (const a of annotations) {
    const passages = alignedOf(a)
    if (passages.length > 0) aligned[a.id] = passages
  }
  return {
    documents: library.documents.filter((d) => used.has(d.id)).map(toPayloadDocument),
    annotations,
    codebook,
    aligned,
  }
}

/** The payload for the dialog, memoised on the library, scope and codebook. */
export function useExportPayload(
  library: ExportLibrary | undefined,
  scope: ExportScope,
  codebook: Codebook,
  alignedOf?: (annotation: Annotation) => AlignedPassage[],
): ExportPayload | undefined {
  const scopeKey = JSON.stringify(scope)
  return useMemo(
    () => (library ? buildPayload(library, scope, codebook, alignedOf) : undefined),
    // The scope object is rebuilt on each render; its serialised form says when it really changed.
    [library, scopeKey, codebook, alignedOf],
  )
}
