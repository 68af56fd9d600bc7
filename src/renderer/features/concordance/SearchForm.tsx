/** The concordance's search line: pattern, text or regular expression, match case, Search. */
import { useState, type FormEvent } from 'react'
import type { ConcordanceQuery } from '../../../core/concordance'
import { useI18n } from '../../i18n'

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
      <select value={kind} aria-label={t('concordance.kind.text')} onChange={(e) => setKind(e.target.value as ConcordanceQuery['kind'])}>
        <option value="text">{t('concordance.kind.text')}</option>
        <option value="regex">{t('concordance.kind.regex')}</option>
      </select>
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
