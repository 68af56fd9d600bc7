/** Chooses documents for a compare view: "all" or a ticked subset, in a collapsible list. */
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { columnHeading } from './column-heading'

interface DocumentChooserProps {
  all: readonly StoredDocument[]
  /** Chosen ids; undefined means every document. */
  chosen: readonly string[] | undefined
  onChange(ids: readonly string[] | undefined): void
}

export function DocumentChooser({ all, chosen, onChange }: DocumentChooserProps) {
  const { t } = useI18n()
  const set = new Set(chosen ?? all.map((d) => d.id))
  const toggle = (id: string, on: boolean): void => {
    const next = all.filter((d) => (d.id === id ? on : set.has(d.id))).map((d) => d.id)
    onChange(next.length === all.length ? undefined : next)
  }
  return (
    <details className="document-chooser">
      <summary>{chosen ? `${t('lanes.documents')} (${set.size}/${all.length})` : t('lanes.allDocuments', { count: all.length })}</summary>
      <div className="document-chooser-list">
        <label className="checkbox">
          <input type="checkbox" checked={!chosen} onChange={(e) => onChange(e.target.checked ? undefined : [])} />
          {t('lanes.allDocuments', { count: all.length })}
        </label>
        {all.map((doc) => (
          <label key={doc.id} className="checkbox" title={doc.metadata.title || doc.fileName}>
            <input type="checkbox" checked={set.has(doc.id)} onChange={(e) => toggle(doc.id, e.target.checked)} />
            {columnHeading(doc, t)}
          </label>
        ))}
      </div>
    </details>
  )
}
