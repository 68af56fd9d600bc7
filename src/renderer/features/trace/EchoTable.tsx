/**
 * The echo table: one row per document with its references (editable), the share of its text that
 * repeats them, the number of echoes and of locally specific passages (no echo at all), and why a
 * reference was refused.
 */
import { formatShare } from '../../../core/matrix'
import { useI18n, type MessageKey } from '../../i18n'
import type { LabelOf } from '../sets'
import { ReferenceCell } from './ReferenceCell'
import type { TracedDocument } from './useTraces'
import type { TracePairs } from '../analysis'

interface EchoTableProps {
  documents: TracedDocument[]
  pairs: TracePairs
  labelOf: LabelOf
  onAdd(docId: string, referenceId: string): void
  onRemove(docId: string, referenceId: string): void
  onDefault(docId: string): void
}

export function EchoTable({ documents, pairs, labelOf, onAdd, onRemove, onDefault }: EchoTableProps) {
  const { t } = useI18n()
  return (
    <table className="trace-table" data-testid="trace-table">
      <thead>
        <tr>
          <th scope="col">{t('trace.table.document')}</th>
          <th scope="col">{t('trace.table.references')}</th>
          <th scope="col">{t('trace.table.echo')}</th>
          <th scope="col">{t('trace.table.spans')}</th>
          <th scope="col">{t('trace.table.local')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map(({ doc, trace, refused, referenceIds }) => {
          // Nothing to trace against (a national report, a document whose references were all
          // removed): a dash, not the ellipsis of a trace under way.
          const pending = referenceIds.length > 0 ? '…' : '—'
          return (
            <tr key={doc.id} data-doc-id={doc.id} data-testid="trace-row">
              <th scope="row" title={labelOf(doc.id).title}>
                {labelOf(doc.id).label}
              </th>
              <td>
                <ReferenceCell
                  docId={doc.id}
                  pairs={pairs}
                  labelOf={labelOf}
                  onAdd={(id) => onAdd(doc.id, id)}
                  onRemove={(id) => onRemove(doc.id, id)}
                  onDefault={() => onDefault(doc.id)}
                />
                {refused.map((r) => (
                  <p key={r.referenceId} className="error" role="status">
                    {t(`trace.refused.${r.code}` as MessageKey, {
                      reference: labelOf(r.referenceId).label,
                      document: labelOf(doc.id).label,
                    })}
                  </p>
                ))}
              </td>
              <td className="trace-share" data-testid="trace-share">
                {trace ? formatShare(trace.echoShare) : pending}
              </td>
              <td className="trace-number">{trace ? trace.spans.length : pending}</td>
              <td className="trace-number">{trace ? trace.localPassages.length : pending}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
