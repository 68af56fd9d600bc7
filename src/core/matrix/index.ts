/**
 * The theme × document matrix: cells (share of each document per theme, annotation counts), column
 * grouping by level or year, the heat scale, and CSV / SVG serialisation. Pure; typical use:
 *
 *   const matrix = buildMatrix({ themes, documents, shares, annotations })
 *   const groups = groupColumns(matrix.documents, 'year')
 *   const shown = reorderColumns(matrix, groupedOrder(groups))
 */
export * from './types'
export { buildMatrix, countAnnotationsByTheme, cellValue, scaleMax, reorderColumns, type CodedSpan } from './build-matrix'
export { groupColumns, groupedOrder, groupSpans } from './group-columns'
export { heatLevel, heatColor, heatTextColor, formatShare } from './heat-color'
export { toMatrixCsv } from './matrix-csv'
export { toMatrixSvg } from './matrix-svg'
