/**
 * Shows what cleaning did to a document: the cleaned text, or the raw text with the removed spans
 * highlighted; "Restore removed text" makes the raw text — laid out one paragraph per line, nothing
 * removed — the working text, re-anchoring the document's annotations in the same transaction (undoable).
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { layOutText } from '../../../core/import/clean-text'
import type { RemovedSpan } from '../../../core/import/types'
import { getDatabase } from '../../db/database'
import { useReplaceText } from '../annotations'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'

interface Piece {
  text: string
  removed?: RemovedSpan['reason']
}

/** Splits `raw` into kept and removed pieces (spans are sorted and clipped; overlaps merge). */
export function splitByRemoved(raw: string, removed: readonly RemovedSpan[]): Piece[] {
  const pieces: Piece[] = []
  let at = 0
  for (const span of [...removed].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(span.start, raw.length))
    const end = Math.min(Math.max(span.end, start), raw.length)
    if (start > at) pieces.push({ text: raw.slice(at, start) })
    if (end > start) pieces.push({ text: raw.slice(start, end), removed: span.reason })
    at = Math.max(at, end)
  }
  if (at < raw.length) pieces.push({ text: raw.slice(at) })
  return pieces
}

export function CleaningDialog({ docId, onClose }: { docId: string; onClose(): void }) {
  const { t } = useI18n()
  const { replace } = useReplaceText()
  const doc = useLiveQuery(() => getDatabase().documents.get(docId), [docId])
  const [showRaw, setShowRaw] = useState(true)
  const pieces = useMemo(() => (doc ? splitByRemoved(doc.rawText, doc.removed) : []), [doc])
  const view = useRef<HTMLPreElement>(null)
  // Debris usually sits at the ends of a page; bring the first removed part into view.
  useEffect(() => {
    if (showRaw) view.current?.querySelector('mark.removed')?.scrollIntoView({ block: 'center' })
  }, [showRaw, pieces])
  if (!doc) return null
  const removedChars = doc.removed.reduce((sum, span) => sum + Math.max(0, span.end - span.start), 0)

  const restore = async (): Promise<void> => {
    await replace(doc.id, { text: layOutText(doc.rawText), removed: [] }, 'cleaning.restored')
  }

  return (
    <Dialog
      open
      wide
      title={t('cleaning.title', { title: doc.metadata.title })}
      onClose={onClose}
      testId="cleaning-dialog"
      dismiss="close"
      footer={
        <button type="button" disabled={doc.removed.length === 0} onClick={() => void restore()}>
          {t('cleaning.restore')}
        </button>
      }
    >
      <div className="segmented" role="radiogroup" aria-label={t('cleaning.view')}>
        <label>
          <input type="radio" checked={showRaw} onChange={() => setShowRaw(true)} />
          {t('cleaning.raw')}
        </label>
        <label>
          <input type="radio" checked={!showRaw} onChange={() => setShowRaw(false)} />
          {t('cleaning.clean')}
        </label>
        <span className="cleaning-stats">{t('cleaning.stats', { spans: doc.removed.length, chars: removedChars })}</span>
      </div>
      <pre className="text-view" tabIndex={0} ref={view}>
        {showRaw
          ? pieces.map((piece, i) =>
              piece.removed ? (
                <mark key={i} className="removed" title={t(`cleaning.reason.${piece.removed}`)}>
                  {piece.text}
                </mark>
              ) : (
                <span key={i}>{piece.text}</span>
              ),
            )
          : doc.text}
      </pre>
    </Dialog>
  )
}
