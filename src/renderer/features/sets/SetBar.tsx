/**
 * The line above every compare view naming the set it works on ("Set: 五区 2023 · 5 documents"), with
 * "Change…" opening the set chooser, and — when the set names deleted documents — which are gone.
 */
import { useState } from 'react'
import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n'
import { SetChooser } from './SetChooser'
import type { ComparisonSetState } from './useComparisonSet'
import type { LabelOf } from './useDocumentLabels'

interface SetBarProps {
  sets: ComparisonSetState
  labelOf: LabelOf
}

export function SetBar({ sets, labelOf }: SetBarProps) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <span className="set-bar" data-testid="set-bar">
        <span className="set-name">{sets.set ? t('sets.current', { name: sets.set.name }) : t('sets.none')}</span>{' '}
        <span className="hint">{t('sets.count', { count: sets.docs.length })}</span>{' '}
        <button type="button" className="small" onClick={() => setOpen(true)}>
          {t('sets.change')}
        </button>
      </span>
      {sets.missing.length > 0 && <MissingNotice missing={sets.missing} labels={sets.set?.labels ?? {}} />}
      <Dialog open={open} title={t('sets.title')} onClose={() => setOpen(false)} wide testId="set-dialog">
        <SetChooser library={sets.library} saved={sets.saved} current={sets.set} labelOf={labelOf} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  )
}

/** Most deleted documents named one by one; more are counted. */
const MISSING_NAMED = 5

/** Names the deleted documents by the labels they had when the set was saved. */
function MissingNotice({ missing, labels }: { missing: readonly string[]; labels: Readonly<Record<string, string>> }) {
  const { t } = useI18n()
  const named = missing.slice(0, MISSING_NAMED).map((id) => labels[id] ?? id.slice(0, 8))
  return (
    <p className="notice set-missing" role="status" data-testid="set-missing">
      {t('sets.missing', { count: missing.length, ids: named.join(', ') + (missing.length > MISSING_NAMED ? ' …' : '') })}
    </p>
  )
}
