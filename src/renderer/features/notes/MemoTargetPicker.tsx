/** "Write a memo on…": the journal, a document or a theme (and its sub-themes), then Write. */
import { useState } from 'react'
import { MEMO_KINDS, type MemoKind } from '../../../core/memos'
import { subthemeKey, type Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { themeLabel } from '../codebook'

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
  const themeOptions = themes.flatMap((th) => [
    { value: th.id, label: themeLabel(th, locale) },
    ...(th.subthemes ?? []).map((s) => ({
      value: subthemeKey(th.id, s.id),
      label: `${themeLabel(th, locale)} › ${themeLabel(s, locale)}`,
    })),
  ])
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
