/**
 * "Mark as reference": choose a document of the library and make it a reference of every other
 * document in the set (added after the references they have). Refusals are reported by the view.
 */
import { useState } from 'react'
import { useI18n } from '../../i18n'
import { Select } from '../../ui/Select'
import { byLabel, type LabelOf } from '../sets'

interface MarkReferenceBarProps {
  libraryIds: readonly string[]
  labelOf: LabelOf
  onMark(referenceId: string): void
}

export function MarkReferenceBar({ libraryIds, labelOf, onMark }: MarkReferenceBarProps) {
  const { t } = useI18n()
  const [chosen, setChosen] = useState('')
  return (
    <div className="trace-mark">
      <label>
        {t('trace.markReference')}{' '}
        <Select
          value={chosen}
          emptyLabel={t('trace.chooseReference')}
          options={[...libraryIds].sort(byLabel(labelOf)).map((id) => ({ value: id, ...labelOf(id) }))}
          onChange={setChosen}
          data-testid="trace-mark-select"
        />
      </label>{' '}
      <button type="button" disabled={!chosen} onClick={() => onMark(chosen)}>
        {t('trace.markForAll')}
      </button>
    </div>
  )
}
