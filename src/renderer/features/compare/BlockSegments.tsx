/** The segments of one cell block: shared wording marked, the rest in bold once the passage was compared. Text only, never HTML. */
import type { CellBlock } from './cell-blocks'

interface BlockSegmentsProps {
  block: CellBlock
  docText: string
  /** Set once the passage was compared with others: unshared text is its own wording. */
  compared: boolean
  sharedTitle: string
}

export function BlockSegments({ block, docText, compared, sharedTitle }: BlockSegmentsProps) {
  return block.segments.map((s) =>
    s.shared ? (
      <mark key={s.start} className="lane-shared" title={sharedTitle}>
        {docText.slice(s.start, s.end)}
      </mark>
    ) : (
      <span key={s.start} className={compared ? 'lane-distinct' : undefined}>
        {docText.slice(s.start, s.end)}
      </span>
    ),
  )
}
