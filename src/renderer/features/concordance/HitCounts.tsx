/** Hits per document, most first: the concordance's side list. */
import { useI18n } from '../../i18n'
import type { LabelOf } from '../sets'

export function HitCounts({ counts, labelOf }: { counts: { docId: string; count: number }[]; labelOf: LabelOf }) {
  const { t } = useI18n()
  const sorted = [...counts].sort((a, b) => b.count - a.count)
  return (
    <aside className="hit-counts" aria-label={t('concordance.counts')}>
      <h3>{t('concordance.counts')}</h3>
      <ol data-testid="hit-counts">
        {sorted.map(({ docId, count }) => (
          <li key={docId}>
            <span className="hit-count-doc" title={labelOf(docId).title}>
              {labelOf(docId).label}
            </span>
            <span className="hit-count">{count}</span>
          </li>
        ))}
      </ol>
    </aside>
  )
}
