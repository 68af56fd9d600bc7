/**
 * The one label of each document in the library (place · year · short type, year always kept, unique;
 * core documentLabels), with the full title for hover. Every compare heading, the annotation list
 * and cards and the exports' headings use it, so a report is called the same everywhere.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { documentHoverTitle, documentLabels, SHORT_TYPE_NAMES_ZH, type LabelSource } from '../../../core/compare'
import { getDatabase, type DocumentMeta } from '../../db/database'
import { useI18n, type MessageKey, type Translate } from '../../i18n'

/** A document's label and hover title. */
export interface DocumentLabel {
  label: string
  title: string
}

/** Looks up the label of a document by id (a shortened id when the document is not in the library). */
export type LabelOf = (docId: string) => DocumentLabel

/** Types named in a label (the CLI's too); 'other' and unknown types are left out (they tell nothing apart). */
const SHORT_TYPES = new Set(Object.keys(SHORT_TYPE_NAMES_ZH))

/** Labels of `docs` keyed by id, unique among them, in the UI language's short type names. */
export function labelDocuments(docs: readonly (LabelSource & { id: string })[], t: Translate): Map<string, DocumentLabel> {
  const typeLabel = (type: string): string => (SHORT_TYPES.has(type) ? t(`docType.short.${type}` as MessageKey) : '')
  const labels = documentLabels(docs, { typeLabel })
  return new Map(docs.map((d, i) => [d.id, { label: labels[i], title: documentHoverTitle(d) }]))
}

/**
 * Orders documents by their labels, so a menu of 59 reports lists each place's reports together,
 * year by year (numbers compared as numbers: 2 before 10, #2 before #10).
 */
export function byLabel(labelOf: LabelOf): (aId: string, bId: string) => number {
  return (a, b) => labelOf(a).label.localeCompare(labelOf(b).label, 'zh', { numeric: true })
}

/** Every document's label; documents are numbered among look-alikes in import order, so a label never changes with the view. */
export function useDocumentLabels(): LabelOf {
  const { t } = useI18n()
  const sources = useLiveQuery(
    async () =>
      (await getDatabase().documentMeta.orderBy('importedAt').toArray()).map(({ id, fileName, metadata }: DocumentMeta) => ({
        id,
        fileName,
        metadata,
      })),
    [],
  )
  return useMemo(() => {
    const map = labelDocuments(sources ?? [], t)
    return (docId: string) => map.get(docId) ?? { label: docId.slice(0, 8), title: docId }
  }, [sources, t])
}
