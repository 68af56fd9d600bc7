/**
 * The theme × document matrix: cells (share of each document per theme, annotation counts), column
 * grouping by level or year, the heat scale, and CSV / SVG serialisation. Pure; typical use:
 *
 *   const matrix = buildMatrix({ themes, documents, shares, annotations })
 *   const groups = groupColumns(matrix.documents, 'year')
 *   const shown = reorderColumns(matrix, groupedOrder(groups))
 */
export * from './types'
export { buildMatrix, countAnnotationsByTheme, cellValue, scaleMax, reorderColumns, type CodedSpan, type MatrixInput } from './build-matrix'
export { groupColumns, groupedOrder, LEVEL_ORDER } from './group-columns'
export { heatLevel, heatColor, heatTextColor, formatShare } from './heat-color'
export { toMatrixCsv, sharePercent, type MatrixCsvOptions } from './matrix-csv'
export { toMatrixSvg, estimateTextWidth, type MatrixSvgOptions } from './matrix-svg'
