/** The passages of a year-over-year comparison: later ones with their status and earlier match, then the dropped ones. */
import type { YearStatus } from '../../../core/align'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import { useDocumentLabels } from '../sets'
import { MarkedText } from './MarkedText'
import type { YearView } from './useYearOverYear'
import type { YearMarks } from './year-wording'

interface YearPassageListProps {
  view: YearView
  earlier: StoredDocument
  later: StoredDocument
  /** Only this status (or the dropped passages); everything when ''. */
  show: YearStatus | 'dropped' | ''
  /** Wording each continued or changed passage shares with its match (undefined until computed). */
  marks?: YearMarks
  onOpen(docId: string, start: number, end: number): void
}

export function YearPassageList({ view, earlier, later, show, marks, onOpen }: YearPassageListProps) {
  const { t } = useI18n()
  const labelOf = useDocumentLabels()
  const slice = (doc: StoredDocument, p: { start: number; end: number } | undefined): string => (p ? doc.text.slice(p.start, p.end) : '')
  const marked = (doc: StoredDocument, p: { start: number; end: number }, key: string) => (
    <MarkedText docText={doc.text} start={p.start} end={p.end} shared={marks?.get(key)} sharedTitle={t('lanes.shared')} />
  )
  return (
    <>
      <ul className="yoy-list" aria-label={labelOf(later.id).label}>
        {view.comparison.later
          .filter((item) => show === '' || show === item.status)
          .map((item) => {
            const p = view.later.get(item.passage)
            const q = item.match ? view.earlier.get(item.match) : undefined
            return (
              <li key={item.passage} className="yoy-item" data-testid="yoy-item" data-status={item.status}>
                <span className={`yoy-badge yoy-${item.status}`}>{t(`yoy.status.${item.status}`)}</span>
                <button type="button" className="link-button yoy-text" lang="zh-CN" onClick={() => p && onOpen(later.id, p.start, p.end)}>
                  {p && q ? marked(later, p, `later:${item.passage}`) : slice(later, p)}
                </button>
                <button
                  type="button"
                  className="link-button yoy-text yoy-earlier"
                  lang="zh-CN"
                  onClick={() => q && onOpen(earlier.id, q.start, q.end)}
                  disabled={!q}
                >
                  {q && (
                    <>
                      <span className="yoy-earlier-label">{t('yoy.matchedTo')}</span>
                      {marked(earlier, q, `earlier:${item.match}`)}
                    </>
                  )}
                </button>
              </li>
            )
          })}
      </ul>
      {(show === '' || show === 'dropped') && view.comparison.dropped.length > 0 && (
        <>
          <h3>{t('yoy.dropped', { title: labelOf(earlier.id).label })}</h3>
          <ul className="yoy-list">
            {view.comparison.dropped.map((id) => {
              const q = view.earlier.get(id)
              return (
                <li key={id} className="yoy-item" data-testid="yoy-dropped">
                  <span className="yoy-badge yoy-dropped">{t('yoy.status.dropped')}</span>
                  <button
                    type="button"
                    className="link-button yoy-text yoy-earlier"
                    lang="zh-CN"
                    onClick={() => q && onOpen(earlier.id, q.start, q.end)}
                  >
                    {slice(earlier, q)}
                  </button>
                  <span />
                </li>
              )
            })}
          </ul>
        </>
      )}
    </>
  )
}
