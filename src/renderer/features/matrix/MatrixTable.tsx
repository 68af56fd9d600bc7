/**
 * The matrix as an HTML table: a group heading row (when grouped), document headings, then one row
 * per theme with a heat-coloured button per cell showing the share or the annotation count.
 */
import {
  cellValue,
  formatShare,
  heatColor,
  heatLevel,
  heatTextColor,
  scaleMax,
  type ColumnGroup,
  type MatrixCell,
  type MatrixMode,
  type ThemeMatrix,
} from '../../../core/matrix'
import { LABEL_SEPARATOR } from '../../../core/compare'
import { useI18n } from '../../i18n'

/** A document label as heading lines: the place, then year and type. */
function labelLines(label: string): string[] {
  const [place, ...rest] = label.split(LABEL_SEPARATOR)
  return rest.length > 0 ? [place ?? '', rest.join(LABEL_SEPARATOR)] : [label]
}

interface MatrixTableProps {
  matrix: ThemeMatrix
  groups: ColumnGroup[]
  mode: MatrixMode
  groupLabel(group: ColumnGroup): string
  onCell(cell: MatrixCell): void
}

export function MatrixTable({ matrix, groups, mode, groupLabel, onCell }: MatrixTableProps) {
  const { t } = useI18n()
  const max = scaleMax(matrix, mode)
  return (
    <table className="matrix-table" data-testid="matrix-table">
      <thead>
        {groups.length > 1 && (
          <tr className="matrix-groups">
            <th />
            {groups.map((g) => (
              <th key={g.key} colSpan={g.columns.length} scope="colgroup" data-testid="matrix-group">
                {groupLabel(g)}
              </th>
            ))}
          </tr>
        )}
        <tr>
          <th scope="col">{t('matrix.theme')}</th>
          {matrix.documents.map((doc) => (
            <th key={doc.id} scope="col" className="matrix-doc" title={doc.title ?? doc.label} data-testid="matrix-doc">
              {/* One vertical line per part (place, year · type), so a long place never pushes the year out. */}
              <span className="matrix-doc-label">
                {labelLines(doc.label).map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.themes.map((theme, r) => (
          <tr key={theme.id} data-theme={theme.id}>
            <th scope="row" className="matrix-theme">
              <span className="swatch" style={{ background: theme.color }} />
              {theme.label}
            </th>
            {matrix.cells[r]!.map((cell, c) => {
              const level = heatLevel(cellValue(cell, mode), max)
              const doc = matrix.documents[c]!
              const title = t('matrix.cellTitle', {
                theme: theme.label,
                document: doc.label,
                share: formatShare(cell.share),
                count: cell.count,
              })
              return (
                <td key={cell.docId} className="matrix-cell" style={{ background: heatColor(level), color: heatTextColor(level) }}>
                  <button
                    type="button"
                    data-testid="matrix-cell"
                    data-doc-id={cell.docId}
                    title={title}
                    aria-label={title}
                    onClick={() => onCell(cell)}
                  >
                    {mode === 'share' ? formatShare(cell.share) : cell.count}
                  </button>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
