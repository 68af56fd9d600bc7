/**
 * "Only here": one document's passages of the theme that align with nothing elsewhere, as a row of
 * cells under the document's label (a few at first, "Show more" for the rest).
 */
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import type { LabelOf } from '../sets'
import { LaneCell } from './LaneCell'
import type { LanePassage } from './useThemeLanes'

const NO_MARKS: readonly { start: number; end: number }[] = []

interface OnlyHereProps {
  doc: StoredDocument
  passages: readonly LanePassage[]
  /** Passages drawn; a "Show more" button adds more. */
  shown: number
  onMore(): void
  labelOf: LabelOf
  onLink(passage: LanePassage): void
  onOpen(passage: LanePassage): void
}

export function OnlyHere({ doc, passages, shown, onMore, labelOf, onLink, onOpen }: OnlyHereProps) {
  const { t } = useI18n()
  return (
    <div className="lane-row lanes-only" data-testid="lanes-only-here" role="row" tabIndex={-1}>
      <div className="lane-row-heading" title={labelOf(doc.id).title}>
        {t('lanes.onlyHereIn', { document: labelOf(doc.id).label, count: passages.length })}
      </div>
      <div className="lane-cells">
        {passages.slice(0, shown).map((p) => (
          <div key={p.start} className="lane-slot" role="cell" tabIndex={-1}>
            <LaneCell passage={p} docText={doc.text} shared={NO_MARKS} onLink={onLink} onOpen={onOpen} />
          </div>
        ))}
      </div>
      {shown < passages.length && (
        <button type="button" className="show-more" onClick={onMore}>
          {t('lanes.moreOnlyHere', { count: passages.length - shown })}
        </button>
      )}
    </div>
  )
}
