/**
 * The lanes' document header: every document of the set by its label with how many of its passages
 * the theme's rows hold, so a report with nothing on the theme is seen at once without a blank column;
 * clicking one narrows the rows to it. Open by default for small sets, one line for large ones.
 */
import { useMemo } from 'react'
import type { MergedRow } from '../../../core/align'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import type { LabelOf } from '../sets'
import type { LanePassage } from './useThemeLanes'

/** Sets up to this size show their documents' labels open. */
const OPEN_UP_TO = 12

interface LaneDocumentsProps {
  columns: readonly StoredDocument[]
  rows: readonly MergedRow<LanePassage>[]
  labelOf: LabelOf
  focusId: string | undefined
  onFocus(docId: string | undefined): void
}

export function LaneDocuments({ columns, rows, labelOf, focusId, onFocus }: LaneDocumentsProps) {
  const { t } = useI18n()
  const counts = useMemo(() => {
    const out = new Map<string, number>()
    for (const r of rows) for (const m of r.members) out.set(m.passage.docId, (out.get(m.passage.docId) ?? 0) + 1)
    return out
  }, [rows])
  return (
    <details className="lane-documents" open={columns.length <= OPEN_UP_TO} data-testid="lane-documents">
      <summary>
        {t('lanes.setDocuments')} ({columns.length})
      </summary>
      <div className="lane-document-list">
        {columns.map((doc) => (
          <button
            key={doc.id}
            type="button"
            className={`lane-document${counts.has(doc.id) ? '' : ' lane-document-none'}`}
            aria-pressed={doc.id === focusId}
            title={`${labelOf(doc.id).title}\n${t('lanes.passagesIn', { count: counts.get(doc.id) ?? 0 })}`}
            data-testid="lane-document"
            onClick={() => onFocus(doc.id === focusId ? undefined : doc.id)}
          >
            {labelOf(doc.id).label} <span className="hint">{counts.get(doc.id) ?? 0}</span>
          </button>
        ))}
      </div>
    </details>
  )
}
