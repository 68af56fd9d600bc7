/**
 * The keyword-in-context table: a tick box, the document, the left context right-aligned against the
 * match, the match, the right context. Rows are added in steps ("Show more") so thousands of hits do
 * not stall the window. A click on the match opens it in the reader.
 */
import type { ConcordanceHit, HitOrder } from '../../../core/concordance'
import { useI18n, type MessageKey } from '../../i18n'
import { ShowMoreButton, useShownRows } from '../../ui/ShowMore'
import type { LabelOf } from '../sets'
import { hitKey } from './useConcordance'

/** Rows rendered at first and added by each "Show more". */
export const ROWS_STEP = 300

interface HitsTableProps {
  hits: ConcordanceHit[]
  labelOf: LabelOf
  ticked: ReadonlySet<string>
  onTick(keys: string[], on: boolean): void
  order: HitOrder
  onOrder(order: HitOrder): void
  onOpen(hit: ConcordanceHit): void
}

const SORT_LABELS: Record<HitOrder, MessageKey> = {
  doc: 'concordance.sort.doc',
  left: 'concordance.sort.left',
  right: 'concordance.sort.right',
}

export function HitsTable({ hits, labelOf, ticked, onTick, order, onOrder, onOpen }: HitsTableProps) {
  const { t } = useI18n()
  const { shownRows, showMore } = useShownRows(hits, ROWS_STEP)
  const allTicked = hits.length > 0 && hits.every((h) => ticked.has(hitKey(h)))
  const sortButton = (which: HitOrder, label: MessageKey) => (
    <button
      type="button"
      className="link-button"
      aria-pressed={order === which}
      title={t(SORT_LABELS[which])}
      onClick={() => onOrder(which)}
    >
      {t(label)}
      {order === which ? ' ▾' : ''}
    </button>
  )
  return (
    <>
      <table className="kwic" data-testid="kwic">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label={t('concordance.tickAll')}
                checked={allTicked}
                onChange={(e) => onTick(hits.map(hitKey), e.target.checked)}
              />
            </th>
            <th className="kwic-doc">{sortButton('doc', 'concordance.column.document')}</th>
            <th className="kwic-left">{sortButton('left', 'concordance.column.left')}</th>
            <th className="kwic-right">{sortButton('right', 'concordance.column.right')}</th>
          </tr>
        </thead>
        <tbody>
          {shownRows.map((hit) => {
            const key = hitKey(hit)
            return (
              <tr key={key} data-testid="kwic-row">
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('concordance.tickHit')}
                    checked={ticked.has(key)}
                    onChange={(e) => onTick([key], e.target.checked)}
                  />
                </td>
                <td className="kwic-doc" title={labelOf(hit.docId).title} data-testid="kwic-doc">
                  {labelOf(hit.docId).label}
                </td>
                <td className="kwic-left">
                  <span>{hit.left}</span>
                </td>
                <td className="kwic-right">
                  <button type="button" className="link-button kwic-match" title={t('views.open')} onClick={() => onOpen(hit)}>
                    {hit.match}
                  </button>
                  <span>{hit.right}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <ShowMoreButton onClick={showMore} />
    </>
  )
}
