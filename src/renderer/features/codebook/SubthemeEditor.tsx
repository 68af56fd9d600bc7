/**
 * Edits one theme's sub-themes in place: rename (Chinese and English labels), edit terms, add,
 * remove, reorder, and move a term to another sub-theme. The whole list is saved at once through the
 * codebook's validation; a refused list (an empty or duplicated sub-theme, a term in two sub-themes)
 * shows the reason and stores nothing.
 */
import { useState } from 'react'
import type { Theme } from '../../../core/themes'
import { newThemeId, updateTheme } from '../../db/codebook'
import { useI18n } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { useFinishEdit } from './useFinishEdit'
import { fromTermsText } from './codebook-form'
import { fromSubthemeDrafts, moveSubtheme, moveTerm, toSubthemeDrafts, type SubthemeDraft } from './subtheme-form'
import { themeLabel } from './useCodebook'

interface SubthemeEditorProps {
  theme: Theme
  onClose(): void
}

export function SubthemeEditor({ theme, onClose }: SubthemeEditorProps) {
  const { t, locale } = useI18n()
  const [drafts, setDrafts] = useState<SubthemeDraft[]>(() => toSubthemeDrafts(theme.subthemes))
  const [error, setError] = useState<string | null>(null)
  const finish = useFinishEdit(setError, onClose)
  const edit = (index: number, patch: Partial<SubthemeDraft>): void =>
    setDrafts((ds) => ds.map((d, i) => (i === index ? { ...d, ...patch } : d)))
  const label = themeLabel(theme, locale)

  const add = (): void => setDrafts((ds) => [...ds, { id: '', labelZh: '', labelEn: '', terms: '' }])
  const save = async (): Promise<void> => {
    // New rows get an id from their English (else Chinese) label, distinct from the others'.
    const ids = drafts.map((d) => d.id).filter(Boolean)
    const named = drafts.map((d) => {
      if (d.id) return d
      const id = newThemeId(d.labelEn || d.labelZh, ids)
      ids.push(id)
      return { ...d, id }
    })
    const { id: _, ...rest } = theme
    const result = await updateTheme(theme.id, { ...rest, subthemes: fromSubthemeDrafts(named) })
    finish(result, t('codebook.subthemesSaved', { label }))
  }

  return (
    <section className="subtheme-editor" aria-label={t('codebook.subthemesOf', { label })} data-testid="subtheme-editor">
      <p className="hint">{t('codebook.subthemesHint')}</p>
      <ol className="subtheme-rows">
        {drafts.map((d, i) => (
          <SubthemeRow
            key={i}
            draft={d}
            index={i}
            others={drafts.map((o, j) => ({ index: j, name: themeLabel(o, locale) || String(j + 1) })).filter((o) => o.index !== i)}
            count={drafts.length}
            onChange={(patch) => edit(i, patch)}
            onMove={(delta) => setDrafts((ds) => moveSubtheme(ds, i, delta))}
            onRemove={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}
            onMoveTerm={(term, to) => setDrafts((ds) => moveTerm(ds, i, term, to))}
          />
        ))}
      </ol>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar">
        <button type="button" onClick={add}>
          {t('codebook.addSubtheme')}
        </button>
        <span className="toolbar-spacer" />
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          {t('codebook.saveSubthemes')}
        </button>
      </div>
    </section>
  )
}

interface SubthemeRowProps {
  draft: SubthemeDraft
  index: number
  /** The other rows, as targets for moving a term. */
  others: { index: number; name: string }[]
  count: number
  onChange(patch: Partial<SubthemeDraft>): void
  onMove(delta: number): void
  onRemove(): void
  onMoveTerm(term: string, to: number): void
}

function SubthemeRow({ draft, index, others, count, onChange, onMove, onRemove, onMoveTerm }: SubthemeRowProps) {
  const { t } = useI18n()
  const n = index + 1
  const terms = fromTermsText(draft.terms).map((x) => x.term)
  const [term, setTerm] = useState('')
  const [target, setTarget] = useState('')
  const chosenTerm = terms.includes(term) ? term : (terms[0] ?? '')
  const chosenTarget = others.some((o) => String(o.index) === target) ? Number(target) : others[0]?.index
  return (
    <li className="subtheme-row" data-testid="subtheme-row">
      <div className="subtheme-labels">
        <input
          value={draft.labelZh}
          lang="zh-CN"
          aria-label={t('codebook.subthemeLabelZh', { n })}
          onChange={(e) => onChange({ labelZh: e.target.value })}
        />
        <input
          value={draft.labelEn}
          lang="en"
          aria-label={t('codebook.subthemeLabelEn', { n })}
          onChange={(e) => onChange({ labelEn: e.target.value })}
        />
        <button type="button" aria-label={t('codebook.moveUp', { n })} disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" aria-label={t('codebook.moveDown', { n })} disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="danger" aria-label={t('codebook.removeSubtheme', { n })} onClick={onRemove}>
          ✕
        </button>
      </div>
      <textarea
        rows={3}
        value={draft.terms}
        lang="zh-CN"
        aria-label={t('codebook.subthemeTerms', { n })}
        onChange={(e) => onChange({ terms: e.target.value })}
      />
      {terms.length > 0 && others.length > 0 && (
        <div className="subtheme-move">
          <Select value={chosenTerm} aria-label={t('codebook.termToMove', { n })} options={optionsOf(terms, (x) => x)} onChange={setTerm} />
          <Select
            value={String(chosenTarget)}
            aria-label={t('codebook.moveTarget')}
            options={others.map((o) => ({ value: String(o.index), label: o.name }))}
            onChange={setTarget}
          />
          <button type="button" onClick={() => chosenTarget !== undefined && onMoveTerm(chosenTerm, chosenTarget)}>
            {t('codebook.moveTerm')}
          </button>
        </div>
      )}
    </li>
  )
}
