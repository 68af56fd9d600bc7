/**
 * One passage in a lane: its text as paragraph blocks carrying document offsets (p[data-start][data-end],
 * so a selection here maps to offsets as in the reader), shared wording marked and distinctive wording
 * emphasised, its status, and the decision buttons.
 */
import { memo, useState } from 'react'
import type { MemberStatus, MergedRow } from '../../../core/align'
import { useI18n } from '../../i18n'
import { BlockSegments } from './BlockSegments'
import { cellBlocks } from './cell-blocks'
import { SelectionKeeper } from './SelectionKeeper'
import type { LaneDecisions } from './useLaneDecisions'
import type { LanePassage } from './useThemeLanes'

interface LaneCellProps {
  passage: LanePassage
  docText: string
  shared: readonly { start: number; end: number }[]
  /** The row's wording has been compared: text outside `shared` is this report's own (shown bold). */
  compared?: boolean
  status?: MemberStatus
  /**
   * The row of two or more the passage is a member of, for Confirm and Reject. Every prop is stable
   * between renders (no closures made per cell), so a cell is drawn again only when its own data changes.
   */
  row?: MergedRow<LanePassage>
  decisions?: LaneDecisions
  onLink(passage: LanePassage): void
  onOpen(passage: LanePassage): void
}

const STATUS_LABEL = { confirmed: 'lanes.confirmed', linked: 'lanes.linked' } as const
/** The decisions a suggested member offers, in button order. */
const DECISIONS = ['confirm', 'reject'] as const
/**
 * Passages longer than this (UTF-16 units) are clamped to a few lines with a "More" button: about
 * four lines of a 240 px cell. Counting characters instead of measuring keeps scrolling free of
 * layout reads.
 */
export const CLAMP_CHARS = 80
/**
 * A clamped passage renders only its beginning, more than its four lines can show even in Latin
 * script: laying out the whole of long passages made scrolling the economy lanes jank.
 */
const CLAMPED_RENDER_CHARS = 240

/**
 * A decision removes the button that took it: focus moves to the cell first (without scrolling), so
 * the keyboard stays where the user was instead of falling back to the page.
 */
function keepFocusInCell(button: HTMLElement): void {
  button.closest<HTMLElement>('[role="cell"]')?.focus({ preventScroll: true })
}

export const LaneCell = memo(function LaneCell({
  passage,
  docText,
  shared,
  compared,
  status,
  row,
  decisions,
  onLink,
  onOpen,
}: LaneCellProps) {
  const { t } = useI18n()
  const long = passage.end - passage.start > CLAMP_CHARS
  const [open, setOpen] = useState(false)
  const shownEnd = long && !open ? Math.min(passage.end, passage.start + CLAMPED_RENDER_CHARS) : passage.end
  const blocks = cellBlocks(docText, passage.start, shownEnd, shared)
  return (
    <div
      className={`lane-cell${status && status !== 'suggested' ? ` lane-${status}` : ''}`}
      data-testid="lane-cell"
      data-doc-id={passage.docId}
    >
      <button
        type="button"
        className="small lane-open"
        onClick={() => onOpen(passage)}
        title={t('lanes.openInReader')}
        aria-label={t('lanes.openInReader')}
      >
        ↗
      </button>
      <SelectionKeeper className={`lane-text${long && !open ? ' lane-clamped' : ''}`} docId={passage.docId}>
        {blocks.map((b) => (
          <p key={b.start} data-start={b.start} data-end={b.end}>
            <BlockSegments block={b} docText={docText} compared={compared === true} sharedTitle={t('lanes.shared')} />
          </p>
        ))}
      </SelectionKeeper>
      <div className="lane-actions">
        {long && (
          <button type="button" className="small lane-expand" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t(open ? 'lanes.less' : 'lanes.more')}
          </button>
        )}
        {status && status !== 'suggested' && <span className="lane-status">{t(STATUS_LABEL[status])}</span>}
        {row &&
          decisions &&
          status === 'suggested' &&
          DECISIONS.map((decision) => (
            <button
              key={decision}
              type="button"
              className="small"
              onClick={(event) => {
                keepFocusInCell(event.currentTarget)
                decisions[decision](row, passage)
              }}
            >
              {t(`lanes.${decision}`)}
            </button>
          ))}
        <button type="button" className="small" onClick={() => onLink(passage)}>
          {t('lanes.linkTo')}
        </button>
      </div>
    </div>
  )
})
