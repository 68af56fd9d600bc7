/**
 * The matrix as an HTML table: a group heading row (when grouped), document headings, then one row
 * per theme with a heat-coloured button per cell showing the share or the annotation count.
 * Only the document columns on screen (and a few beside them) are drawn (@tanstack/react-virtual,
 * horizontal), between two spacer cells as wide as the columns left out: a library of 1,000 reports
 * draws a few hundred cells, not 12,000. The table says how many columns it has (aria-colcount) and
 * which one each cell is (aria-colindex).
 */
import { useLayoutEffect, useRef, useState } from 'react'
import {
  cellValue,
  formatShare,
  groupSpans,
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
import { spacersOf, useIdVirtualizer } from '../../ui/useIdVirtualizer'

/** Width guessed for a document column before one is drawn and measured (CSS px; 4.2em at 0.85 × 16 px). */
const ESTIMATED_COLUMN_PX = 58
/** Columns drawn beyond each edge of the screen: smooth horizontal scrolling, and Tab finds the next cell. */
const OVERSCAN = 4

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

/** A cell standing for the columns not drawn on one side (nothing when there are none). */
function Spacer({ width, header }: { width: number; header?: boolean }) {
  if (width <= 0) return null
  const style = { width, minWidth: width, maxWidth: width }
  return header ? (
    <th role="presentation" className="matrix-spacer" style={style} />
  ) : (
    <td role="presentation" className="matrix-spacer" style={style} />
  )
}

export function MatrixTable({ matrix, groups, mode, groupLabel, onCell }: MatrixTableProps) {
  const { t } = useI18n()
  const max = scaleMax(matrix, mode)
  const scroller = useRef<HTMLDivElement>(null)
  const themeHeader = useRef<HTMLTableCellElement>(null)
  // Where the document columns start in the scrolled area: after the table's margin and the (sticky) theme column.
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const box = scroller.current
    const th = themeHeader.current
    if (!box || !th) return
    // The theme column widens with its labels (another language, a renamed theme).
    const measure = () => {
      const table = th.closest('table')!
      setMargin(table.getBoundingClientRect().left - box.getBoundingClientRect().left + box.scrollLeft + th.offsetWidth)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(th)
    return () => observer.disconnect()
  }, [])
  const { documents } = matrix
  const virtualizer = useIdVirtualizer<(typeof documents)[number], HTMLTableCellElement>({
    items: documents,
    idOf: (doc) => doc.id,
    scroller,
    estimate: ESTIMATED_COLUMN_PX,
    overscan: OVERSCAN,
    horizontal: true,
    scrollMargin: margin,
  })
  const columns = virtualizer.getVirtualItems()
  const first = columns[0]?.index ?? 0
  const last = columns[columns.length - 1]?.index ?? -1
  const { before, after } = spacersOf(virtualizer, margin)
  const spans = groupSpans(groups, first, last)

  return (
    <div className="matrix-scroll" ref={scroller}>
      <table className="matrix-table" data-testid="matrix-table" aria-colcount={documents.length + 1}>
        <thead>
          {groups.length > 1 && (
            <tr className="matrix-groups">
              <th aria-colindex={1} />
              <Spacer width={before} header />
              {spans.map(({ group, span }) => (
                <th key={group.key} colSpan={span} scope="colgroup" data-testid="matrix-group">
                  {groupLabel(group)}
                </th>
              ))}
              <Spacer width={after} header />
            </tr>
          )}
          <tr>
            <th scope="col" ref={themeHeader} aria-colindex={1}>
              {t('matrix.theme')}
            </th>
            <Spacer width={before} header />
            {columns.map((column) => {
              const doc = documents[column.index]!
              return (
                <th
                  key={column.key}
                  ref={virtualizer.measureElement}
                  data-index={column.index}
                  scope="col"
                  className="matrix-doc"
                  title={doc.title ?? doc.label}
                  data-testid="matrix-doc"
                  aria-colindex={column.index + 2}
                >
                  {/* One vertical line per part (place, year · type), so a long place never pushes the year out. */}
                  <span className="matrix-doc-label">
                    {labelLines(doc.label).map((line) => (
                      <span key={line}>{line}</span>
                    ))}
                  </span>
                </th>
              )
            })}
            <Spacer width={after} header />
          </tr>
        </thead>
        <tbody>
          {matrix.themes.map((theme, r) => (
            <tr key={theme.id} data-theme={theme.id}>
              <th scope="row" className="matrix-theme" aria-colindex={1}>
                <span className="swatch" style={{ background: theme.color }} />
                {theme.label}
              </th>
              <Spacer width={before} />
              {columns.map((column) => {
                const cell = matrix.cells[r]![column.index]!
                const level = heatLevel(cellValue(cell, mode), max)
                const title = t('matrix.cellTitle', {
                  theme: theme.label,
                  document: documents[column.index]!.label,
                  share: formatShare(cell.share),
                  count: cell.count,
                })
                return (
                  <td
                    key={column.key}
                    className="matrix-cell"
                    aria-colindex={column.index + 2}
                    style={{ background: heatColor(level), color: heatTextColor(level) }}
                  >
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
              <Spacer width={after} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
