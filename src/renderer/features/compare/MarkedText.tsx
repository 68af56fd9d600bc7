/**
 * A passage's text with its shared wording marked and, once compared, its own wording in bold — the
 * styling of the lanes, for year over year. One block per paragraph; rendered as text, never HTML.
 */
import { BlockSegments } from './BlockSegments'
import { cellBlocks } from './cell-blocks'

interface MarkedTextProps {
  docText: string
  start: number
  end: number
  /** Shared spans, offsets relative to `start`; undefined while not compared yet. */
  shared?: readonly { start: number; end: number }[]
  sharedTitle: string
}

export function MarkedText({ docText, start, end, shared, sharedTitle }: MarkedTextProps) {
  return (
    <>
      {cellBlocks(docText, start, end, shared ?? []).map((block) => (
        <span key={block.start} className="marked-block">
          <BlockSegments block={block} docText={docText} compared={shared !== undefined} sharedTitle={sharedTitle} />
        </span>
      ))}
    </>
  )
}
