/** Types of the theme × document matrix (see build-matrix.ts). Plain data: safe to post from a worker. */
import type { AdminLevel } from '../import/types'

/** A row of the matrix: a codebook theme with the label to show and its colour. */
export interface MatrixTheme {
  id: string
  label: string
  /** CSS colour of the theme (codebook colour), used for the row legend. */
  color: string
}

/** A column of the matrix: one document and what grouping and headings need from its metadata. */
export interface MatrixDocument {
  id: string
  /** Column heading, e.g. `盐田区 · 2023 · 报告`. */
  label: string
  /** The full title shown on hover (the label when absent). */
  title?: string
  level: AdminLevel
  /** Undefined when unknown. */
  year?: number
}

/** One cell: how much a document is about a theme, and how often the user coded it. */
export interface MatrixCell {
  themeId: string
  docId: string
  /** Share of the document's text in passages of the theme, 0–1 (from classification). */
  share: number
  /** User annotations on the document carrying the theme. */
  count: number
}

/** The whole matrix: `cells[row][column]` is theme `themes[row]` in document `documents[column]`. */
export interface ThemeMatrix {
  themes: MatrixTheme[]
  documents: MatrixDocument[]
  cells: MatrixCell[][]
  /** Largest share of any cell (0 when none), the top of the share heat scale. */
  maxShare: number
  /** Largest count of any cell (0 when none), the top of the count heat scale. */
  maxCount: number
}

/** What the heatmap shows. */
export type MatrixMode = 'share' | 'count'

/** How columns are grouped. */
export type MatrixGrouping = 'none' | 'level' | 'year'

/** A run of adjacent columns under one group heading. */
export interface ColumnGroup {
  /** `level:city`, `year:2023`, `year:unknown`, or `all`. */
  key: string
  /** The level id, the year as digits, or '' for unknown / ungrouped (the caller translates). */
  value: string
  /** Indexes into the matrix's `documents`, in display order. */
  columns: number[]
}
