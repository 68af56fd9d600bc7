/**
 * The passages behind a cell of "echo by theme": each passage of the document carrying the theme,
 * its echoed share, its text with the echoed wording marked (as text, never HTML) and a button that
 * opens it in the reader.
 */
import { formatShare } from '../../../core/matrix'
import type { SourcedEcho } from '../../../core/trace'
import type { AnalysedPassage } from '../analysis'
import { useI18n } from '../../i18n'

interface EchoPassagesProps {
  text: string
  passages: AnalysedPassage[]
  shares: ReadonlyMap<string, number>
  echoes: readonly SourcedEcho[]
  onOpen(start: number, end: number): void
}

/** The passage's text cut into plain and echoed pieces. */
function pieces(text: string, start: number, end: number, echoes: readonly SourcedEcho[]): { text: string; echoed: boolean }[] {
  const out: { text: string; echoed: boolean }[] = []
  let at = start
  for (const e of echoes) {
    if (e.end <= start || e.start >= end) continue
    const from = Math.max(start, e.start)
    const to = Math.min(end, e.end)
    if (from > at) out.push({ text: text.slice(at, from), echoed: false })
    out.push({ text: text.slice(from, to), echoed: true })
    at = to
  }
  if (at < end) out.push({ text: text.slice(at, end), echoed: false })
  return out
}

export function EchoPassages({ text, passages, shares, echoes, onOpen }: EchoPassagesProps) {
  const { t } = useI18n()
  if (passages.length === 0) return <p className="hint">{t('trace.noPassages')}</p>
  return (
    <ol className="trace-passages" data-testid="trace-passages">
      {passages.map((p) => (
        <li key={p.id}>
          <div className="trace-passage-head">
            <span className="trace-share">{formatShare(shares.get(p.id) ?? 0)}</span>
            <button type="button" className="link-button" onClick={() => onOpen(p.start, p.end)}>
              {t('trace.openInReader')}
            </button>
          </div>
          <p lang="zh-CN">
            {pieces(text, p.start, p.end, echoes).map((piece, i) =>
              piece.echoed ? (
                <mark key={i} className="echo">
                  {piece.text}
                </mark>
              ) : (
                <span key={i}>{piece.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  )
}
