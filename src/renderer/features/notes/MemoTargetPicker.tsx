/** "Write a memo on…": the journal, a document or a theme (and its sub-themes), then Write. */
import { useState } from 'react'
import type { MemoKind } from '../../../core/memos'
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { themeCodeOptions } from '../codebook'

interface MemoTargetPickerProps {
  documents: readonly { id: string; label: string }[]
  themes: readonly Theme[]
  onPick(kind: MemoKind, target: string): void
}

export function MemoTargetPicker({ documents, themes, onPick }: MemoTargetPickerProps) {
  const { t, locale } = useI18n()
  const [kind, setKind] = useState<MemoKind>('document')
  const [target, setTarget] = useState('')
  // Each theme, then its sub-themes (`<theme>.<sub-theme>`) as `theme › sub-theme`.
  const themeOptions = themeCodeOptions(themes, locale)
  const options = kind === 'document' ? documents.map((d) => ({ id: d.id, label: d.label })) : kind === 'theme' ? themeOptions : []
  return (
    <div className="memo-picker" role="group" aria-label={t('notes.write')}>
      <select
        aria-label={t('notes.memoKind')}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as MemoKind)
          setTarget('')
        }}
      >
        <option value="document">{t('notes.kind.document')}</option>
        <option value="theme">{t('notes.kind.theme')}</option>
        <option value="project">{t('notes.kind.project')}</option>
      </select>
      {kind !== 'project' && (
        <select aria-label={t('notes.memoTarget')} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('notes.chooseTarget')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      <button type="button" disabled={kind !== 'project' && target === ''} onClick={() => onPick(kind, kind === 'project' ? '' : target)}>
        {t('notes.write')}
      </button>
    </div>
  )
}
