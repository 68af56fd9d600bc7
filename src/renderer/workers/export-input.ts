/**
 * The export's input as plain data that can cross to the worker (functions cannot), and its
 * conversion into the core's ExportInput there: outlines as the analysis worker parsed them (the
 * window adds them, export-client.ts), figures found in each quote with the core's extractFigures, aligned passages looked up
 * from the table the caller computed. It does not choose the annotations (see export-scope.ts).
 */
import type { Annotation } from '../../core/anchoring'
import type { AlignedPassage, ExportDocument, ExportEcho, ExportFigure, ExportInput } from '../../core/export'
import { extractFigures } from '../../core/figures'
import type { DocumentMetadata } from '../../core/import/types'
import type { OutlineNode } from '../../core/structure/types'
import type { Codebook } from '../../core/themes'
import type { Memo } from '../../core/memos'

/** A document as the export needs it. */
export interface PayloadDocument {
  id: string
  fileName: string
  /** Cleaned text; offsets are UTF-16 code units. */
  text: string
  /** Identifies the text version, so its outline is parsed once per version. */
  textHash: string
  metadata: DocumentMetadata
  /** The app's label of the document (headings use it). */
  label?: string
}

/** Everything an export renders from, structured-clone safe. */
export interface ExportPayload {
  documents: PayloadDocument[]
  annotations: Annotation[]
  codebook: Codebook
  /** Passages of other documents aligned with each annotation, by annotation id (absent = none). */
  aligned: Record<string, AlignedPassage[]>
  /** Reference wording each annotation repeats (tracing), by annotation id (absent = none). */
  echoes?: Record<string, ExportEcho[]>
  /** Memos of the scope (absent in payloads built before memos existed). */
  memos?: Memo[]
}

/** A payload whose documents carry their outlines, as the export worker gets it. */
export interface OutlinedPayload extends Omit<ExportPayload, 'documents'> {
  documents: (PayloadDocument & { outline: OutlineNode[] })[]
}

/**
 * The figures in each annotation's quote, by annotation id: one extractFigures pass per document
 * over the annotations' spans, so a figure's measure is sought inside the quote only.
 */
export function figuresByAnnotation(
  documents: readonly PayloadDocument[],
  annotations: readonly Annotation[],
): Map<string, ExportFigure[]> {
  const out = new Map<string, ExportFigure[]>()
  const byDoc = new Map<string, Annotation[]>()
  for (const a of annotations) {
    const list = byDoc.get(a.documentId)
    if (list) list.push(a)
    else byDoc.set(a.documentId, [a])
  }
  for (const doc of documents) {
    const list = (byDoc.get(doc.id) ?? []).filter((a) => a.anchorStatus !== 'orphan')
    if (list.length === 0) continue
    for (const figure of extractFigures(
      doc.text,
      list.map((a) => a.position),
    )) {
      const a = list[figure.spanIndex ?? -1]
      if (!a) continue
      const entry: ExportFigure = figure.measure ? { value: figure.text, label: figure.measure } : { value: figure.text }
      const found = out.get(a.id)
      if (found) found.push(entry)
      else out.set(a.id, [entry])
    }
  }
  return out
}

/** Turns a payload into the core's input. */
export function toExportInput(payload: OutlinedPayload): ExportInput {
  let figures: Map<string, ExportFigure[]> | undefined
  const documents: ExportDocument[] = payload.documents.map((doc) => ({
    id: doc.id,
    fileName: doc.fileName,
    text: doc.text,
    metadata: doc.metadata,
    ...(doc.label ? { label: doc.label } : {}),
    outline: doc.outline,
  }))
  return {
    documents,
    annotations: payload.annotations,
    codebook: payload.codebook,
    memos: payload.memos ?? [],
    alignedPassages: (id) => payload.aligned[id] ?? [],
    echoes: (id) => payload.echoes?.[id] ?? [],
    // Figures are found only when the export asks for them.
    figures: (id) => {
      figures ??= figuresByAnnotation(payload.documents, payload.annotations)
      return figures.get(id) ?? []
    },
  }
}
