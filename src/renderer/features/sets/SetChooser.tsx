/**
 * Choosing what to compare: some documents, some places in a year range, or every document of a
 * level, saved under a name and made the current set; and the saved sets, to use or delete.
 */
import { useId, useMemo, useState } from 'react'
import { resolveSet, type ComparisonSet } from '../../../core/compare'
import { chooseSet, deleteSet, saveSet } from '../../db/comparison-sets'
import type { DocumentMeta } from '../../db/database'
import { useI18n, type MessageKey } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { draftOf, draftRule, EMPTY_DRAFT, toggled, type DraftMode, type SetDraft } from './set-draft'
import { byLabel, type LabelOf } from './useDocumentLabels'

const MODES: DraftMode[] = ['documents', 'places', 'level']

interface SetChooserProps {
  library: readonly DocumentMeta[]
  saved: readonly ComparisonSet[]
  current: ComparisonSet | undefined
  labelOf: LabelOf
  /** Called once a set is saved or chosen. */
  onDone?(): void
}

export function SetChooser({ library, saved, current, labelOf, onDone }: SetChooserProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<SetDraft>(() => (current ? draftOf(current.name, current.rule) : EMPTY_DRAFT))
  const [error, setError] = useState<string>()
  const [filter, setFilter] = useState('')
  // Its own radio group: the lanes can show a chooser inline and another in the set bar's dialog.
  const group = useId()
  const edit = (patch: Partial<SetDraft>): void => setDraft((d) => ({ ...d, ...patch }))
  const rule = draftRule(draft)
  const count = useMemo(() => resolveSet(rule, library).docs.length, [rule, library])
  const places = useMemo(
    () => [...new Set(library.map((d) => d.metadata.place).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh')),
    [library],
  )
  const years = useMemo(() => {
    const known = library.flatMap((d) => (d.metadata.year !== undefined ? [d.metadata.year] : []))
    return known.length === 0 ? { first: '', last: '' } : { first: String(Math.min(...known)), last: String(Math.max(...known)) }
  }, [library])
  const levels = useMemo(() => [...new Set(library.map((d) => d.metadata.level))], [library])
  // By label: each place's reports together, year by year (the library's order is the import's).
  const sorted = useMemo(() => {
    const order = byLabel(labelOf)
    return [...library].sort((a, b) => order(a.id, b.id))
  }, [library, labelOf])
  const shown = sorted.filter((d) => !filter || `${labelOf(d.id).label} ${d.metadata.title}`.includes(filter))

  const save = async (): Promise<void> => {
    const labels = rule.kind === 'documents' ? Object.fromEntries(rule.ids.map((id) => [id, labelOf(id).label])) : undefined
    const result = await saveSet({ id: current?.name === draft.name.trim() ? current.id : undefined, name: draft.name, rule, labels })
    if (!result.ok) return setError(t(`sets.problem.${result.problem}` as MessageKey))
    setError(undefined)
    onDone?.()
  }

  return (
    <div className="set-chooser" data-testid="set-chooser">
      <div role="radiogroup" aria-label={t('sets.how')} className="set-modes">
        {MODES.map((m) => (
          <label key={m} className="checkbox">
            <input type="radio" name={group} checked={draft.mode === m} onChange={() => edit({ mode: m })} />
            {t(`sets.mode.${m}` as MessageKey)}
          </label>
        ))}
      </div>
      {draft.mode === 'documents' && (
        <div className="set-options">
          <input
            type="search"
            placeholder={t('sets.filter')}
            aria-label={t('sets.filter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <div className="set-list">
            {shown.map((d) => (
              <label key={d.id} className="checkbox" title={labelOf(d.id).title}>
                <input
                  type="checkbox"
                  checked={draft.ids.includes(d.id)}
                  onChange={(e) => edit({ ids: toggled(draft.ids, d.id, e.target.checked) })}
                />
                {labelOf(d.id).label}
              </label>
            ))}
          </div>
        </div>
      )}
      {draft.mode === 'places' && (
        <div className="set-options">
          <div className="set-list">
            {places.map((p) => (
              <label key={p} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.places.includes(p)}
                  onChange={(e) => edit({ places: toggled(draft.places, p, e.target.checked) })}
                />
                {p} ({library.filter((d) => d.metadata.place === p).length})
              </label>
            ))}
          </div>
          {/* One line, "from [2017] to [2024]", the library's first and last years as placeholders. */}
          <div className="set-years">
            <YearField label={t('sets.from')} value={draft.from} placeholder={years.first} onChange={(from) => edit({ from })} />
            <YearField label={t('sets.to')} value={draft.to} placeholder={years.last} onChange={(to) => edit({ to })} />
          </div>
        </div>
      )}
      {draft.mode === 'level' && (
        <div className="set-options">
          <Select
            aria-label={t('sets.level')}
            value={draft.level}
            options={[
              { value: 'all', label: t('sets.wholeLibrary', { count: library.length }) },
              ...optionsOf(levels, (l) => t(`level.${l}` as MessageKey)),
            ]}
            onChange={(level) => edit({ level })}
          />
        </div>
      )}
      <div className="set-save">
        <span className="hint" data-testid="set-count">
          {t('sets.count', { count })}
        </span>
        <input
          aria-label={t('sets.name')}
          placeholder={t('sets.namePlaceholder')}
          value={draft.name}
          onChange={(e) => edit({ name: e.target.value })}
        />
        <button type="button" className="primary" onClick={() => void save()}>
          {t('sets.save')}
        </button>
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
      {saved.length > 0 && (
        <ul className="set-saved" aria-label={t('sets.saved')}>
          {saved.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                aria-current={s.id === current?.id}
                onClick={() => void chooseSet(s.id).then(() => onDone?.())}
              >
                {s.name}
              </button>{' '}
              <span className="hint">{t('sets.count', { count: resolveSet(s.rule, library).docs.length })}</span>{' '}
              <button type="button" className="link-button small" onClick={() => void deleteSet(s.id)}>
                {t('sets.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

interface YearFieldProps {
  label: string
  value: string
  placeholder: string
  onChange(value: string): void
}

function YearField({ label, value, placeholder, onChange }: YearFieldProps) {
  return (
    <label>
      {label}{' '}
      <input type="number" className="set-year" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}
