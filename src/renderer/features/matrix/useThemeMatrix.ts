/**
 * The matrix view's data: theme shares from the analysis worker (only the shares cross to the
 * window, not the passages), annotation counts live from the database, columns grouped by level or
 * year. Building the cells is linear and takes milliseconds for hundreds of documents
 * (bench/matrix.bench.ts), so it runs here once the analysis is ready.
 */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  buildMatrix,
  groupColumns,
  groupedOrder,
  reorderColumns,
  type ColumnGroup,
  type MatrixGrouping,
  type ThemeMatrix,
} from '../../../core/matrix'
import { listAnnotations } from '../../db/annotations'
import type { DocumentMeta } from '../../db/database'
import { useI18n } from '../../i18n'
import { useCorpusShares, type AnalysisTask, type DocumentShares } from '../analysis'
import { themeLabel } from '../codebook'
import type { LabelOf } from '../sets'

export interface ThemeMatrixState {
  analysis: AnalysisTask<DocumentShares, DocumentMeta>
  /** The matrix with columns in display (grouped) order; undefined until the analysis has results. */
  matrix?: ThemeMatrix
  /** Groups over the displayed columns (their `columns` index the displayed order). */
  groups: ColumnGroup[]
}

/** The matrix of the documents `docIds` (set order), headed by their labels. */
export function useThemeMatrix(grouping: MatrixGrouping, docIds: readonly string[], labelOf: LabelOf): ThemeMatrixState {
  const { locale } = useI18n()
  const analysis = useCorpusShares(docIds)
  const annotations = useLiveQuery(() => listAnnotations(), [])
  const { documents, codebook } = analysis
  return useMemo(() => {
    if (documents.length === 0) return { analysis, groups: [] }
    const matrix = buildMatrix({
      themes: codebook.codebook.themes.map((th) => ({ id: th.id, label: themeLabel(th, locale), color: th.color })),
      documents: documents.map(({ doc }) => ({
        id: doc.id,
        label: labelOf(doc.id).label,
        title: labelOf(doc.id).title,
        level: doc.metadata.level,
        year: doc.metadata.year,
      })),
      shares: Object.fromEntries(documents.map(({ analysed }) => [analysed.id, analysed.shares])),
      annotations: annotations ?? [],
    })
    const groups = groupColumns(matrix.documents, grouping)
    const shown = reorderColumns(matrix, groupedOrder(groups))
    // Re-index the groups over the displayed order: consecutive runs.
    let at = 0
    const displayed = groups.map((g) => ({ ...g, columns: g.columns.map(() => at++) }))
    return { analysis, matrix: shown, groups: displayed }
  }, [analysis, documents, codebook, annotations, grouping, locale, labelOf])
}
