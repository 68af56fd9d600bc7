/** The concordance's search line: pattern, text or regular expression, match case, Search. */
import { useState, type FormEvent } from 'react'
import type { ConcordanceQuery } from '../../../core/concordance'
import { useI18n } from '../../i18n'
import { Select } from '../../ui/Select'

export function SearchForm({ onSearch, busy }: { onSearch(query: ConcordanceQuery): void; busy: boolean }) {
  const { t } = useI18n()
  const [pattern, setPattern] = useState('')
  const [kind, setKind] = useState<ConcordanceQuery['kind']>('text')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    onSearch({ kind, pattern, caseSensitive })
  }
  return (
    <form className="toolbar concordance-form" role="search" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{t('concordance.pattern')}</span>
        <input
          type="search"
          value={pattern}
          placeholder={t('concordance.placeholder')}
          aria-label={t('concordance.pattern')}
          onChange={(e) => setPattern(e.target.value)}
          size={28}
        />
      </label>
      <Select<ConcordanceQuery['kind']>
        value={kind}
        aria-label={t('concordance.kind.text')}
        options={[
          { value: 'text', label: t('concordance.kind.text') },
          { value: 'regex', label: t('concordance.kind.regex') },
        ]}
        onChange={setKind}
      />
      <label className="checkbox">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />
        {t('concordance.caseSensitive')}
      </label>
      <button type="submit" disabled={busy}>
        {t('concordance.search')}
      </button>
    </form>
  )
}
