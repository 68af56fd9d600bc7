/** One row of the library table: the checkbox, the document's metadata and its actions. */
import type { Ref } from 'react'
import type { DocumentMeta } from '../../db/database'
import { useI18n } from '../../i18n'

/** What a row's buttons do (the table passes its own props through). */
export interface RowActions {
  onOpen(id: string): void
  onEdit(doc: DocumentMeta): void
  onCleaning(doc: DocumentMeta): void
  /** "Replace with corrected version…": a new file for this document, annotations kept. */
  onReplace(doc: DocumentMeta): void
  onDelete(id: string): void
}

interface DocumentRowProps {
  /** The virtualiser measures the row through it (with `data-index`). */
  ref: Ref<HTMLTableRowElement>
  index: number
  doc: DocumentMeta
  selected: boolean
  onToggle(id: string): void
  /** The text length, formatted for the locale. */
  length: string
  actions: RowActions
}

export function DocumentRow({ ref, index, doc, selected, onToggle, length, actions }: DocumentRowProps) {
  const { t } = useI18n()
  return (
    <tr ref={ref} data-index={index} className={selected ? 'selected' : undefined} data-testid="library-row">
      <td className="col-check">
        <input
          type="checkbox"
          aria-label={t('library.select', { title: doc.metadata.title })}
          checked={selected}
          onChange={() => onToggle(doc.id)}
        />
      </td>
      <td>
        <button type="button" className="link-button doc-title" onClick={() => actions.onOpen(doc.id)}>
          {doc.metadata.title || doc.fileName}
        </button>
      </td>
      <td>{doc.metadata.place}</td>
      <td>{t(`level.${doc.metadata.level}`)}</td>
      <td className="numeric">{doc.metadata.year ?? ''}</td>
      <td>{t(`docType.${doc.metadata.docType}`)}</td>
      <td className="numeric">{length}</td>
      <td className="row-actions">
        <button type="button" onClick={() => actions.onEdit(doc)}>
          {t('library.edit')}
        </button>
        <button type="button" onClick={() => actions.onCleaning(doc)}>
          {t('library.cleaning')}
        </button>
        <button type="button" title={t('annotations.replaceHint')} onClick={() => actions.onReplace(doc)}>
          {t('annotations.replace')}
        </button>
        <button type="button" aria-label={t('library.deleteOne', { title: doc.metadata.title })} onClick={() => actions.onDelete(doc.id)}>
          {t('common.delete')}
        </button>
      </td>
    </tr>
  )
}
