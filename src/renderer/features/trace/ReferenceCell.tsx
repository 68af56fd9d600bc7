/**
 * A document's references in the echo table: one chip per reference (× removes it), a menu to add
 * another document of the library as reference, and "Default" to go back to the default pairing.
 */
import { useI18n } from '../../i18n'
import { Select } from '../../ui/Select'
import { byLabel, type LabelOf } from '../sets'
import type { TracePairs } from '../analysis'

interface ReferenceCellProps {
  docId: string
  pairs: TracePairs
  labelOf: LabelOf
  onAdd(referenceId: string): void
  onRemove(referenceId: string): void
  onDefault(): void
}

export function ReferenceCell({ docId, pairs, labelOf, onAdd, onRemove, onDefault }: ReferenceCellProps) {
  const { t } = useI18n()
  const references = pairs.referencesOf(docId)
  const addable = [...pairs.library.keys()].filter((id) => id !== docId && !references.includes(id)).sort(byLabel(labelOf))
  return (
    <div className="trace-references">
      {references.length === 0 && <span className="hint">{t('trace.noReferences')}</span>}
      {references.map((id) => (
        <span key={id} className="trace-chip" data-testid="trace-reference" title={labelOf(id).title}>
          {labelOf(id).label}
          <button
            type="button"
            className="icon-button"
            aria-label={t('trace.removeReference', { name: labelOf(id).label })}
            onClick={() => onRemove(id)}
          >
            ×
          </button>
        </span>
      ))}
      <Select
        aria-label={t('trace.addReference')}
        value=""
        emptyLabel={t('trace.addReference')}
        options={addable.map((id) => ({ value: id, ...labelOf(id) }))}
        onChange={(id) => id && onAdd(id)}
      />
      {!pairs.isDefault(docId) && (
        <button type="button" className="link-button" title={t('trace.defaultHint')} onClick={onDefault}>
          {t('trace.default')}
        </button>
      )}
    </div>
  )
}
