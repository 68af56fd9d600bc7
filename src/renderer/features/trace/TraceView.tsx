/**
 * The tracing view: which wording of each document in the set repeats its references (the national
 * report of its year and the reports above it, or documents the user marks). Shows the echo table
 * with the pairing, "echo by theme" (documents × themes, a click lists the passages), and the
 * reference sentences most often repeated with the places that repeat them.
 */
import { useMemo, useState } from 'react'
import { messageOf } from '../../../core/result'
import { useI18n, type MessageKey } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { AnalysisProgress } from '../analysis'
import { themeLabel, useCodebook } from '../codebook'
import { useRevealInReader } from '../reader'
import { SetBar, useSetScope } from '../sets'
import { useSaveText } from '../matrix'
import { toTraceCsv } from '../../../core/trace'
import { EchoedSentences } from './EchoedSentences'
import { EchoMatrix, type EchoCell } from './EchoMatrix'
import { EchoPassages } from './EchoPassages'
import { EchoTable } from './EchoTable'
import { MarkReferenceBar } from './MarkReferenceBar'
import { addReference, removeReference, resetReferences, type Refusal } from './reference-actions'
import { useTracePairs } from '../analysis'
import { useTraces } from './useTraces'
import './trace.css'

export function TraceView() {
  const { t, locale } = useI18n()
  const toast = useToast()
  const { sets, ids, labelOf } = useSetScope()
  const pairs = useTracePairs()
  const traces = useTraces(ids, pairs)
  const { codebook } = useCodebook()
  const reveal = useRevealInReader()
  const [cell, setCell] = useState<EchoCell>()
  const save = useSaveText()
  const saveCsv = (): void => {
    const rows = traces.documents.flatMap(({ doc, trace, referenceIds }) =>
      trace && referenceIds.length > 0
        ? [
            {
              document: labelOf(doc.id).label,
              file: doc.fileName,
              title: doc.metadata.title,
              place: doc.metadata.place,
              year: doc.metadata.year,
              level: doc.metadata.level,
              reference: referenceIds.map((id) => labelOf(id).label).join('; '),
              referenceFile: referenceIds.map((id) => pairs.library.get(id)?.fileName ?? id).join('; '),
              chars: doc.text.length,
              echoShare: trace.echoShare,
              themes: trace.themes,
            },
          ]
        : [],
    )
    save(
      `${t('trace.fileName')}.csv`,
      toTraceCsv(
        rows,
        codebook.themes.map((th) => th.id),
        { bom: true },
      ),
      'csv',
    )
  }

  const report = (refusals: Refusal[], referenceId: string): void => {
    for (const r of refusals)
      toast.show({
        message: t(`trace.refused.${r.code}` as MessageKey, { reference: labelOf(referenceId).label, document: labelOf(r.docId).label }),
      })
  }
  const failed = (error: unknown): void => toast.show({ message: t('app.unexpectedError', { message: messageOf(error) }) })
  const add = (docIds: readonly string[], referenceId: string): void => {
    const reference = pairs.library.get(referenceId)
    if (reference) void addReference(pairs, reference, docIds).then((refusals) => report(refusals, referenceId), failed)
  }

  const chosen = cell && traces.documents.find((d) => d.doc.id === cell.docId)
  const cellPassages = useMemo(() => {
    if (!cell || !chosen?.trace) return undefined
    const passages = (chosen.passages ?? []).filter((p) => p.themes.includes(cell.themeId))
    const shares = new Map(chosen.trace.passages.map((p) => [p.id, p.share]))
    return { passages, shares }
  }, [cell, chosen])

  return (
    <section className="trace" aria-label={t('nav.trace')}>
      <div className="toolbar">
        <h2 className="view-title">{t('trace.title')}</h2>
        <SetBar sets={sets} labelOf={labelOf} />
        <button type="button" disabled={traces.documents.every((d) => !d.trace)} onClick={saveCsv} data-testid="trace-csv">
          {t('trace.exportCsv')}
        </button>
        <MarkReferenceBar libraryIds={[...pairs.library.keys()]} labelOf={labelOf} onMark={(refId) => add(ids ?? [], refId)} />
      </div>
      <AnalysisProgress running={traces.status === 'running'} progress={traces.progress} />
      {traces.error && <p className="error">{traces.error}</p>}
      <div className="trace-scroll">
        <EchoTable
          documents={traces.documents}
          pairs={pairs}
          labelOf={labelOf}
          onAdd={(docId, refId) => add([docId], refId)}
          onRemove={(docId, refId) => void removeReference(pairs, docId, refId).catch(failed)}
          onDefault={(docId) => void resetReferences(docId).catch(failed)}
        />
        <h3>{t('trace.byTheme')}</h3>
        <p className="hint">{t('trace.byThemeHint')}</p>
        <EchoMatrix documents={traces.documents} themes={codebook.themes} labelOf={labelOf} selected={cell} onCell={setCell} />
        {cell && chosen && cellPassages && (
          <>
            <h4>
              {t('trace.passagesOf', {
                theme: themeLabel(
                  codebook.themes.find((th) => th.id === cell.themeId) ?? { labelZh: cell.themeId, labelEn: cell.themeId },
                  locale,
                ),
                document: labelOf(cell.docId).label,
              })}
            </h4>
            <EchoPassages
              text={chosen.doc.text}
              passages={cellPassages.passages}
              shares={cellPassages.shares}
              echoes={chosen.echoes ?? []}
              onOpen={(start, end) => reveal(cell.docId, start, end)}
            />
          </>
        )}
        <h3>{t('trace.sentences')}</h3>
        <EchoedSentences documents={traces.documents} library={pairs.library} labelOf={labelOf} onOpen={reveal} />
      </div>
    </section>
  )
}
