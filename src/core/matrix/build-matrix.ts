/**
 * Builds the theme × document matrix (like a QDA tool's code matrix browser) from theme shares per
 * document and the user's annotations. Pure and linear in themes × documents + annotations; it
 * deliberately does not classify (the caller passes shares from classifyDocument/themeShares, cached
 * or fresh) and does not decide colours or layout (see heat-color.ts, matrix-svg.ts).
 */
import type { MatrixCell, MatrixDocument, MatrixTheme, ThemeMatrix } from './types'

/** The part of an annotation the matrix counts. */
export interface CodedSpan {
  documentId: string
  themes: readonly string[]
}

/** Input of {@link buildMatrix}. */
export interface MatrixInput {
  themes: readonly MatrixTheme[]
  documents: readonly MatrixDocument[]
  /** Share (0–1) of each theme per document id; missing documents or themes count as 0. */
  shares: Readonly<Record<string, Readonly<Record<string, number>> | undefined>>
  /** Annotations of any documents; those on documents or themes not in the matrix are ignored. */
  annotations: readonly CodedSpan[]
}

/**
 * Counts annotations per document and theme: `counts.get(docId)?.get(themeId)`. An annotation with
 * two themes counts once for each; a theme listed twice on one annotation counts once.
 */
export function countAnnotationsByTheme(annotations: readonly CodedSpan[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>()
  for (const a of annotations) {
    let perTheme = counts.get(a.documentId)
    if (!perTheme) {
      perTheme = new Map()
      counts.set(a.documentId, perTheme)
    }
    for (const themeId of new Set(a.themes)) perTheme.set(themeId, (perTheme.get(themeId) ?? 0) + 1)
  }
  return counts
}

/** A share that is not a finite number in 0–1 (garbage in a cache) is clamped, NaN becomes 0. */
function cleanShare(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return 0
  return Math.min(value, 1)
}

/**
 * The matrix with one row per theme and one column per document, in the order given.
 * Returns a matrix with no rows or no columns when either list is empty.
 */
export function buildMatrix(input: MatrixInput): ThemeMatrix {
  const counts = countAnnotationsByTheme(input.annotations)
  let maxShare = 0
  let maxCount = 0
  const cells: MatrixCell[][] = input.themes.map((theme) =>
    input.documents.map((doc) => {
      const share = cleanShare(input.shares[doc.id]?.[theme.id])
      const count = counts.get(doc.id)?.get(theme.id) ?? 0
      maxShare = Math.max(maxShare, share)
      maxCount = Math.max(maxCount, count)
      return { themeId: theme.id, docId: doc.id, share, count }
    }),
  )
  return { themes: [...input.themes], documents: [...input.documents], cells, maxShare, maxCount }
}

/** The value a cell shows in `mode`: the share (0–1) or the annotation count. */
export function cellValue(cell: MatrixCell, mode: 'share' | 'count'): number {
  return mode === 'share' ? cell.share : cell.count
}

/** The top of the heat scale in `mode` (0 when the matrix is empty in that mode). */
export function scaleMax(matrix: ThemeMatrix, mode: 'share' | 'count'): number {
  return mode === 'share' ? matrix.maxShare : matrix.maxCount
}

/**
 * The same matrix with columns in a new order (e.g. grouped); `order` holds indexes into
 * `matrix.documents`. Indexes out of range are programmer errors and throw.
 */
export function reorderColumns(matrix: ThemeMatrix, order: readonly number[]): ThemeMatrix {
  for (const i of order) if (!(i >= 0 && i < matrix.documents.length)) throw new RangeError(`column ${i} out of range`)
  return {
    ...matrix,
    documents: order.map((i) => matrix.documents[i]!),
    cells: matrix.cells.map((row) => order.map((i) => row[i]!)),
  }
}
