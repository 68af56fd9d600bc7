/**
 * One alignment row of the lanes: a heading (its label words, coverage "7 of 12 places", score) and
 * a cell for each document that has something in the row — its passage, or a "rejected" marker with
 * undo — in set order; documents with nothing take no space. Each cell is headed by its document's
 * label, which stays visible while a tall row scrolls by. Big rows show their first cells and a
 * button for the rest.
 */
import { memo, useMemo } from 'react'
import type { MergedRow } from '../../../core/align'
import { rowCoverage } from '../../../core/compare'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import type { LabelOf } from '../sets'
import { LaneCell } from './LaneCell'
import type { LaneDecisions } from './useLaneDecisions'
import { passageMapKey, type LanePassage, type SharedMarks } from './useThemeLanes'

/** Decimal places of the row score shown (scores are cosine-like, 0–1). */
const SCORE_DIGITS = 2
/** Cells drawn before "Show all": a screenful that keeps the page light on a set of 200. */
export const CELLS_SHOWN = 8
const NO_MARKS: readonly { start: number; end: number }[] = []

/** One slot of a row: a document with its member or its rejected passage. */
export interface RowSlot {
  doc: StoredDocument
  member?: MergedRow<LanePassage>['members'][number]
  rejected?: MergedRow<LanePassage>['rejected'][number]
}

/** The row's slots in set order (`columns`): only documents that have something in it. */
export function rowSlots(row: MergedRow<LanePassage>, columns: readonly StoredDocument[]): RowSlot[] {
  return columns.flatMap((doc) => {
    const member = row.members.find((m) => m.passage.docId === doc.id)
    const rejected = row.rejected.find((r) => r.passage.docId === doc.id)
    return member || rejected ? [{ doc, member, rejected }] : []
  })
}

interface LaneRowProps {
  /** The row's position in the list (passed back to onExpand). */
  index: number
  row: MergedRow<LanePassage>
  slots: readonly RowSlot[]
  /** Place of each document of the set (a coverage counts places). */
  places: ReadonlyMap<string, string>
  marks: SharedMarks
  labelOf: LabelOf
  decisions: LaneDecisions
  /** Every cell shown (the user asked for all). */
  expanded: boolean
  onExpand(index: number): void
  onLink(passage: LanePassage): void
  onOpen(passage: LanePassage): void
}

/** Memoised, with stable props from the list: scrolling or new wording redraws only the rows that change. */
export const LaneRow = memo(function LaneRow({
  index,
  row,
  slots,
  places,
  marks,
  labelOf,
  decisions,
  expanded,
  onExpand,
  onLink,
  onOpen,
}: LaneRowProps) {
  const { t } = useI18n()
  const coverage = useMemo(
    () =>
      rowCoverage(
        row.members.map((m) => m.passage.docId),
        places,
      ),
    [row, places],
  )
  const aligned = row.members.length > 1 || row.rejected.length > 0
  const label = row.members[0]?.passage.rowLabel ?? []
  const shown = expanded ? slots : slots.slice(0, CELLS_SHOWN)
  return (
    <div className="lane-row" data-testid="lane-row" data-members={row.members.length} role="row" tabIndex={-1}>
      <div className="lane-row-heading">
        <span className="lane-row-label" data-testid="lane-row-label">
          {label.length > 0 ? label.join(' · ') : (row.members[0]?.passage.text.slice(0, 16) ?? '')}
        </span>
        <span className="lane-coverage" data-testid="lane-coverage">
          {t(`lanes.coverage.${coverage.unit}`, { covered: coverage.covered, total: coverage.total })}
        </span>
        <span className="lane-score">{t('lanes.rowScore', { score: row.score.toFixed(SCORE_DIGITS) })}</span>
      </div>
      <div className="lane-cells">
        {shown.map(({ doc, member, rejected }) => (
          <div key={doc.id} className="lane-slot" role="cell" tabIndex={-1} data-doc-id={doc.id}>
            <div className="lane-cell-heading" title={labelOf(doc.id).title} data-testid="lane-cell-heading">
              {labelOf(doc.id).label}
            </div>
            {member && (
              <LaneCell
                passage={member.passage}
                docText={doc.text}
                shared={marks.get(passageMapKey(member.passage)) ?? NO_MARKS}
                compared={marks.has(passageMapKey(member.passage))}
                status={aligned ? member.status : undefined}
                row={aligned ? row : undefined}
                decisions={aligned ? decisions : undefined}
                onLink={onLink}
                onOpen={onOpen}
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
        ))}
      </div>
      {shown.length < slots.length && (
        <button type="button" className="show-more" onClick={() => onExpand(index)}>
          {t('lanes.moreCells', { count: slots.length })}
        </button>
      )}
    </div>
  )
})
