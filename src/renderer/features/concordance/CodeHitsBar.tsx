/** The "Code all hits" bar: theme, optional tag, scope (hit, sentence, passage) and the button. */
import { useState } from 'react'
import { useI18n, type MessageKey } from '../../i18n'
import { optionsOf, Select } from '../../ui/Select'
import { themeCodeOptions, useCodebook } from '../codebook'
import { CODE_SCOPES, type CodeScope } from '../../../core/concordance'
import type { CodeChoice } from '../annotations'

const SCOPE_LABELS: Record<CodeScope, MessageKey> = {
  hit: 'concordance.code.scope.hit',
  sentence: 'concordance.code.scope.sentence',
  passage: 'concordance.code.scope.passage',
}

interface CodeHitsBarProps {
  tickedCount: number
  busy: boolean
  onCode(choice: CodeChoice, scope: CodeScope): void
}

export function CodeHitsBar({ tickedCount, busy, onCode }: CodeHitsBarProps) {
  const { t, locale } = useI18n()
  const { codebook } = useCodebook()
  const [themeId, setThemeId] = useState('')
  const [tag, setTag] = useState('')
  // The sentence by default: a coded term alone means nothing in an exported quote.
  const [scope, setScope] = useState<CodeScope>('sentence')
  return (
    <div className="toolbar code-hits" data-testid="code-hits">
      {/* Sub-themes too: "what does each district say about 食品安全" is coded with 食品药品安全. */}
      <Select
        aria-label={t('concordance.code.theme')}
        value={themeId}
        emptyLabel={t('concordance.code.chooseTheme')}
        options={themeCodeOptions(codebook.themes, locale)}
        onChange={setThemeId}
      />
      <input
        type="text"
        value={tag}
        placeholder={t('concordance.code.tag')}
        aria-label={t('concordance.code.tag')}
        onChange={(e) => setTag(e.target.value)}
        size={12}
      />
      <label>
        {t('concordance.code.scope')}{' '}
        <Select value={scope} options={optionsOf(CODE_SCOPES, (s) => t(SCOPE_LABELS[s]))} onChange={setScope} />
      </label>
      <button type="button" disabled={busy || !themeId || tickedCount === 0} onClick={() => onCode({ themeId, tag }, scope)}>
        {t('concordance.code.run', { count: tickedCount })}
      </button>
    </div>
  )
}
