/** "Write a memo on…": the journal, a document or a theme (and its sub-themes), then Write. */
import { useState } from 'react'
import { MEMO_KINDS, type MemoKind } from '../../../core/memos'
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
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
  const options = kind === 'document' ? documents.map((d) => ({ value: d.id, label: d.label })) : kind === 'theme' ? themeOptions : []
  return (
    <div className="memo-picker" role="group" aria-label={t('notes.write')}>
      <Select
        aria-label={t('notes.memoKind')}
        value={kind}
        options={optionsOf(MEMO_KINDS, (memoKind) => t(`notes.kind.${memoKind}`))}
        onChange={(memoKind) => {
          setKind(memoKind)
          setTarget('')
        }}
      />
      {kind !== 'project' && (
        <Select
          aria-label={t('notes.memoTarget')}
          value={target}
          emptyLabel={t('notes.chooseTarget')}
          options={options}
          onChange={setTarget}
        />
      )}
      <button type="button" disabled={kind !== 'project' && target === ''} onClick={() => onPick(kind, kind === 'project' ? '' : target)}>
        {t('notes.write')}
      </button>
    </div>
  )
}
