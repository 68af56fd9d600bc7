/**
 * "Most echoed reference sentences": for each reference, its sentences repeated by the most
 * documents, with the places that repeat them; a place opens its echo in the reader.
 */
import { useMemo } from 'react'
import { mostEchoedSentences } from '../../../core/trace'
import type { StoredDocument } from '../../db/database'
import { useI18n } from '../../i18n'
import type { LabelOf } from '../sets'
import type { TracedDocument } from './useTraces'

/** Sentences listed per reference. */
const SENTENCES_SHOWN = 15

interface EchoedSentencesProps {
  documents: TracedDocument[]
  library: ReadonlyMap<string, StoredDocument>
  labelOf: LabelOf
  onOpen(docId: string, start: number, end: number): void
}

export function EchoedSentences({ documents, library, labelOf, onOpen }: EchoedSentencesProps) {
  const { t } = useI18n()
  const byReference = useMemo(() => {
    const refIds = [...new Set(documents.flatMap((d) => d.referenceIds))]
    return refIds.flatMap((refId) => {
      const reference = library.get(refId)
      if (!reference) return []
      const echoes = documents.map((d) => ({ id: d.doc.id, spans: (d.echoes ?? []).filter((e) => e.referenceId === refId) }))
      const sentences = mostEchoedSentences(reference.text, echoes, SENTENCES_SHOWN)
      return sentences.length > 0 ? [{ refId, sentences }] : []
    })
  }, [documents, library])
  if (byReference.length === 0) return <p className="hint">{t('trace.noSentences')}</p>
  return (
    <div data-testid="trace-sentences">
      {byReference.map(({ refId, sentences }) => (
        <section key={refId}>
          <h4>{labelOf(refId).label}</h4>
          <ol className="trace-sentences">
            {sentences.map((s) => (
              <li key={s.start}>
                <p lang="zh-CN">{s.text}</p>
                <p className="trace-places">
                  <span className="hint">{t('trace.sentenceCount', { count: s.places.length })}</span>{' '}
                  {s.places.map((place) => (
                    <button
                      key={place.id}
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(place.id, place.spans[0]!.start, place.spans[0]!.end)}
                    >
                      {labelOf(place.id).label}
                    </button>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
