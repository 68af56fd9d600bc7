/**
 * The concordance (keyword in context): search every document for a word, phrase or regular
 * expression in a worker, read the hits lined up on the match, sort them, see counts per document,
 * tick hits and code them all with a theme in one undoable step.
 */
import { useMemo, useState } from 'react'
import { useI18n } from '../../i18n'
import { ProgressBar } from '../../ui/ProgressBar'
import { useJumpToReader } from '../docmap'
import { SetBar, useSetScope } from '../sets'
import { CodeHitsBar } from './CodeHitsBar'
import { HitCounts } from './HitCounts'
import { HitsTable } from './HitsTable'
import { hitKey, useConcordance } from './useConcordance'
import { useCodeHits } from './useCodeHits'
import { SearchForm } from './SearchForm'
import './concordance.css'

export function ConcordanceView() {
  const { t } = useI18n()
  const scope = useSetScope()
  const concordance = useConcordance(scope.ids)
  const { state, docs } = concordance
  const jump = useJumpToReader()
  const coding = useCodeHits(docs)
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const hits = useMemo(() => state.result?.hits ?? [], [state.result])
  const tickedHits = useMemo(() => hits.filter((h) => ticked.has(hitKey(h))), [hits, ticked])
  const labelOf = scope.labelOf
  const tick = (keys: string[], on: boolean): void =>
    setTicked((current) => {
      const next = new Set(current)
      for (const key of keys)
        if (on) next.add(key)
        else next.delete(key)
      return next
    })
  const busy = state.status === 'indexing' || state.status === 'searching'

  return (
    <section className="concordance" aria-label={t('nav.concordance')}>
      <div className="toolbar">
        <SetBar sets={scope.sets} labelOf={scope.labelOf} />
      </div>
      <SearchForm
        busy={busy}
        onSearch={(query) => {
          setTicked(new Set())
          concordance.search(query)
        }}
      />
      {state.status === 'indexing' && <ProgressBar label={t('concordance.indexing', { count: concordance.docCount })} />}
      {state.status === 'searching' && <ProgressBar label={t('concordance.searching')} />}
      {state.error && (
        <p className="error" role="alert">
          {t(`concordance.error.${state.error.code === 'WORKER' ? 'BAD_QUERY' : state.error.code}`, { reason: state.error.message })}
        </p>
      )}
      {state.result && (
        <>
          <p className="concordance-summary" data-testid="concordance-summary">
            {t('concordance.summary', {
              shown: state.result.hits.length,
              total: state.result.total,
              documents: state.result.counts.length,
            })}
          </p>
          {state.result.total === 0 ? (
            <p className="empty">{t('concordance.noHits')}</p>
          ) : (
            <div className="concordance-body">
              <HitCounts counts={state.result.counts} labelOf={labelOf} />
              <div className="concordance-hits">
                <CodeHitsBar
                  tickedCount={tickedHits.length}
                  busy={coding.busy}
                  onCode={(choice, scope) => coding.code(tickedHits, choice, scope)}
                />
                <HitsTable
                  key={hits.length > 0 ? hitKey(hits[0]!) + state.result.total : 'none'}
                  hits={hits}
                  labelOf={labelOf}
                  ticked={ticked}
                  onTick={tick}
                  order={concordance.order}
                  onOrder={concordance.setOrder}
                  onOpen={(hit) => jump(hit.docId, hit.start, hit.end)}
                />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  )
}
