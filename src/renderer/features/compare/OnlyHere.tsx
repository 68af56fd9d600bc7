/** "Only here": passages of the theme that align with nothing, stacked under their document's column. */
import type { CSSProperties } from 'react'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { LaneCell } from './LaneCell'
import type { LanePassage } from './useThemeLanes'

const NO_MARKS: readonly { start: number; end: number }[] = []

interface OnlyHereProps {
  passages: readonly LanePassage[]
  /** Passages drawn per column; a "Show more" button adds more. */
  perColumn: number
  onMore(): void
  columns: readonly StoredDocument[]
  grid: CSSProperties
  onLink(passage: LanePassage): void
  onOpen(passage: LanePassage): void
}

export function OnlyHere({ passages, perColumn, onMore, columns, grid, onLink, onOpen }: OnlyHereProps) {
  const { t } = useI18n()
  const byColumn = columns.map((doc) => passages.filter((p) => p.docId === doc.id).sort((a, b) => a.start - b.start))
  const hidden = byColumn.reduce((n, list) => n + Math.max(0, list.length - perColumn), 0)
  return (
    <div className="lanes-only" data-testid="lanes-only-here">
      <h3 className="lanes-only-heading" title={t('lanes.onlyHereHint')}>
        {t('lanes.onlyHere')} ({passages.length})
      </h3>
      <div className="lanes-grid" role="row" style={grid}>
        {columns.map((doc, c) => (
          <div key={doc.id} className="lane-slot lane-stack" role="cell">
            {byColumn[c].slice(0, perColumn).map((p) => (
              <LaneCell key={p.start} passage={p} docText={doc.text} shared={NO_MARKS} onLink={() => onLink(p)} onOpen={() => onOpen(p)} />
            ))}
          </div>
        ))}
      </div>
      {hidden > 0 && (
        <button type="button" className="show-more" onClick={onMore}>
          {t('lanes.moreOnlyHere', { count: hidden })}
        </button>
      )}
    </div>
  )
}
