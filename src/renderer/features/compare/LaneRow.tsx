/**
 * One alignment row of the lanes: a heading (row number, documents, score) and one cell per column —
 * the row's passage in that document, a "rejected" marker with undo, or nothing.
 */
import type { CSSProperties } from 'react'
import type { MergedRow } from '../../../core/align'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { LaneCell } from './LaneCell'
import type { LaneDecisions } from './useLaneDecisions'
import { passageMapKey, type LanePassage, type SharedMarks } from './useThemeLanes'

/** Decimal places of the row score shown (scores are cosine-like, 0–1). */
const SCORE_DIGITS = 2
const NO_MARKS: readonly { start: number; end: number }[] = []

interface LaneRowProps {
  row: MergedRow<LanePassage>
  /** 1-based row number. */
  n: number
  columns: readonly StoredDocument[]
  /** The grid template shared with the column headings. */
  grid: CSSProperties
  marks: SharedMarks
  decisions: LaneDecisions
  onLink(passage: LanePassage): void
  onOpen(passage: LanePassage): void
}

export function LaneRow({ row, n, columns, grid, marks, decisions, onLink, onOpen }: LaneRowProps) {
  const { t } = useI18n()
  const aligned = row.members.length > 1 || row.rejected.length > 0
  return (
    <div className="lane-row" data-testid="lane-row" data-members={row.members.length}>
      <div className="lane-row-heading">{t('lanes.row', { n, members: row.members.length, score: row.score.toFixed(SCORE_DIGITS) })}</div>
      <div className="lanes-grid" role="row" style={grid}>
        {columns.map((doc) => {
          const member = row.members.find((m) => m.passage.docId === doc.id)
          const rejected = row.rejected.find((r) => r.passage.docId === doc.id)
          return (
            <div key={doc.id} className="lane-slot" role="cell">
              {member && (
                <LaneCell
                  passage={member.passage}
                  docText={doc.text}
                  shared={marks.get(passageMapKey(member.passage)) ?? NO_MARKS}
                  compared={marks.has(passageMapKey(member.passage))}
                  status={aligned ? member.status : undefined}
                  onConfirm={aligned ? () => decisions.confirm(row, member.passage) : undefined}
                  onReject={aligned && member.status === 'suggested' ? () => decisions.reject(row, member.passage) : undefined}
                  onLink={() => onLink(member.passage)}
                  onOpen={() => onOpen(member.passage)}
                />
              )}
              {member && member.status !== 'suggested' && member.decisionId && (
                <button type="button" className="link-button small" onClick={() => decisions.undo(member.decisionId ?? '')}>
                  {t('lanes.undoDecision')}
                </button>
              )}
              {!member && rejected && (
                <div className="lane-rejected" data-testid="lane-rejected">
                  <span title={rejected.passage.text}>{t('lanes.rejected')}</span>{' '}
                  <button type="button" className="link-button small" onClick={() => decisions.undo(rejected.decisionId)}>
                    {t('lanes.undoDecision')}
                  </button>
                </div>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
