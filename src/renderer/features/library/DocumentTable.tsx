/**
 * The library table: sortable column headers, a checkbox per row, and per-row actions. Only the rows
 * in view (plus a few) are in the DOM (@tanstack/react-virtual), so a library of 1,000 documents
 * scrolls and re-sorts as fast as one of ten; the header stays put above its own scroller.
 */
import { useRef } from 'react'
import type { DocumentMeta } from '../../db/database'
import { spacersOf, useIdVirtualizer } from '../../ui/useIdVirtualizer'
import { useI18n, type MessageKey } from '../../i18n'
import type { SortColumn, SortOrder } from './library-table'
import { DocumentRow, type RowActions } from './DocumentRow'

interface DocumentTableProps extends RowActions {
  rows: readonly DocumentMeta[]
  order: SortOrder
  onSort(order: SortOrder): void
  selected: ReadonlySet<string>
  onSelect(selected: ReadonlySet<string>): void
}

/** A row's height before it is measured (CSS px): one line of text with the row buttons. */
const ESTIMATED_ROW_PX = 38
/** Rows rendered beyond each edge of the view, so fast scrolling shows no blank rows. */
const OVERSCAN_ROWS = 12
/** Columns in a row (checkbox, six data columns, actions), for the spacer rows. */
const COLUMN_COUNT = 8

const COLUMNS: { column: SortColumn; label: MessageKey; numeric?: boolean }[] = [
  { column: 'title', label: 'library.column.title' },
  { column: 'place', label: 'library.column.place' },
  { column: 'level', label: 'library.column.level' },
  { column: 'year', label: 'library.column.year', numeric: true },
  { column: 'docType', label: 'library.column.docType' },
  { column: 'length', label: 'library.column.length', numeric: true },
]

export function DocumentTable(props: DocumentTableProps) {
  const { t, locale } = useI18n()
  const { rows, order, onSort, selected, onSelect } = props
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useIdVirtualizer<DocumentMeta, HTMLTableRowElement>({
    items: rows,
    idOf: (row) => row.id,
    scroller,
    estimate: ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
  })
  const toggle = (id: string): void => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onSelect(next)
  }
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id))
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en')
  const items = virtualizer.getVirtualItems()
  const { before, after } = spacersOf(virtualizer)
  return (
    <div className="doc-table-scroll" ref={scroller} data-testid="library-scroller">
      <table className="doc-table" data-testid="library-table">
        <thead>
          <tr>
            <th className="col-check">
              <input
                type="checkbox"
                aria-label={t('library.selectAll')}
                checked={allSelected}
                onChange={() => onSelect(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            </th>
            {COLUMNS.map(({ column, label, numeric }) => {
              const active = order.column === column
              return (
                <th
                  key={column}
                  className={numeric ? 'numeric' : undefined}
                  aria-sort={active ? (order.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort({ column, descending: active ? !order.descending : false })}
                  >
                    {t(label)}
                    <span className="sort-mark" aria-hidden="true">
                      {active ? (order.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              )
            })}
            <th>
              <span className="visually-hidden">{t('library.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: before }}>
              <td colSpan={COLUMN_COUNT} />
            </tr>
          )}
          {items.map((item) => {
            const doc = rows[item.index]!
            return (
              <DocumentRow
                key={doc.id}
                ref={virtualizer.measureElement}
                index={item.index}
                doc={doc}
                selected={selected.has(doc.id)}
                onToggle={toggle}
                length={number.format(doc.textLength)}
                actions={props}
              />
            )
          })}
          {after > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: after }}>
              <td colSpan={COLUMN_COUNT} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
