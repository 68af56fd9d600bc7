/** The library table: sortable column headers, a checkbox per row, and per-row actions. */
import type { StoredDocument } from '../../db/database'
import { useI18n, type MessageKey } from '../../i18n'
import type { SortColumn, SortOrder } from './library-table'

interface DocumentTableProps {
  rows: readonly StoredDocument[]
  order: SortOrder
  onSort(order: SortOrder): void
  selected: ReadonlySet<string>
  onSelect(selected: ReadonlySet<string>): void
  onOpen(id: string): void
  onEdit(doc: StoredDocument): void
  onCleaning(doc: StoredDocument): void
  /** "Replace with corrected version…": a new file for this document, annotations kept. */
  onReplace(doc: StoredDocument): void
  onDelete(id: string): void
}

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
  const toggle = (id: string): void => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onSelect(next)
  }
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id))
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en')
  return (
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
        {rows.map((doc) => (
          <tr key={doc.id} className={selected.has(doc.id) ? 'selected' : undefined} data-testid="library-row">
            <td className="col-check">
              <input
                type="checkbox"
                aria-label={t('library.select', { title: doc.metadata.title })}
                checked={selected.has(doc.id)}
                onChange={() => toggle(doc.id)}
              />
            </td>
            <td>
              <button type="button" className="link-button doc-title" onClick={() => props.onOpen(doc.id)}>
                {doc.metadata.title || doc.fileName}
              </button>
            </td>
            <td>{doc.metadata.place}</td>
            <td>{t(`level.${doc.metadata.level}`)}</td>
            <td className="numeric">{doc.metadata.year ?? ''}</td>
            <td>{t(`docType.${doc.metadata.docType}`)}</td>
            <td className="numeric">{number.format(doc.text.length)}</td>
            <td className="row-actions">
              <button type="button" onClick={() => props.onEdit(doc)}>
                {t('library.edit')}
              </button>
              <button type="button" onClick={() => props.onCleaning(doc)}>
                {t('library.cleaning')}
              </button>
              <button type="button" title={t('annotations.replaceHint')} onClick={() => props.onReplace(doc)}>
                {t('annotations.replace')}
              </button>
              <button type="button" aria-label={t('library.deleteOne', { title: doc.metadata.title })} onClick={() => props.onDelete(doc.id)}>
                {t('common.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
