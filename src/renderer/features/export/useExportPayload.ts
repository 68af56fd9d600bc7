/**
 * The live data of an export: documents and annotations from the database, and the payload for the
 * worker built from the annotations of the scope, the codebook and the aligned passages. Re-built only
 * when one of those changes, not on every option click.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { hashText, type Annotation } from '../../../core/anchoring'
import type { AlignedPassage } from '../../../core/export'
import type { Codebook } from '../../../core/themes'
import { listAnnotations } from '../../db/annotations'
import { listDocuments } from '../../db/documents'
import type { StoredDocument } from '../../db/database'
import type { ExportPayload, PayloadDocument } from '../../workers/export-input'
import { referencedDocumentIds } from './export-scope'

/** The library as the dialog sees it. */
export interface ExportLibrary {
  documents: StoredDocument[]
  annotations: Annotation[]
}

/** Reads documents and annotations live (undefined while loading). */
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
 * The payload of the scoped annotations: they and the documents they refer to (in library order).
 * @param alignedOf passages of other documents aligned with an annotation (empty when unknown)
 */
export function buildPayload(
  documents: readonly StoredDocument[],
  annotations: Annotation[],
  codebook: Codebook,
  alignedOf: (annotation: Annotation) => AlignedPassage[] = () => [],
): ExportPayload {
  const used = new Set(referencedDocumentIds(annotations))
  const aligned: Record<string, AlignedPassage[]> = {}
  for (const a of annotations) {
    const passages = alignedOf(a)
    if (passages.length > 0) aligned[a.id] = passages
  }
  return { documents: documents.filter((d) => used.has(d.id)).map(toPayloadDocument), annotations, codebook, aligned }
}

/** The payload for the dialog, memoised on its inputs; undefined while the library loads. */
export function useExportPayload(
  documents: readonly StoredDocument[] | undefined,
  annotations: Annotation[],
  codebook: Codebook,
  alignedOf: (annotation: Annotation) => AlignedPassage[],
): ExportPayload | undefined {
  return useMemo(
    () => (documents ? buildPayload(documents, annotations, codebook, alignedOf) : undefined),
    [documents, annotations, codebook, alignedOf],
  )
}
