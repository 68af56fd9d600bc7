/**
 * The user's codebook for components: the stored codebook (seeded from the built-in one on first
 * use), its revision and a content key that changes whenever any theme does (for caches).
 */
import { useEffect, useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { hashText } from '../../../core/anchoring'
import { builtinCodebook, type Codebook, type Theme } from '../../../core/themes'
import { ensureCodebook, readCodebook } from '../../db/codebook'
import type { Locale } from '../../i18n'
import type { SelectOption } from '../../ui/Select'

/** The codebook as components see it. */
export interface CodebookState {
  codebook: Codebook
  /** Grows with every write (0 until the built-in codebook is stored). */
  revision: number
  /** Hash of the codebook's content: equal codebooks share it (a reset re-uses cached analyses). */
  key: string
  /** False until the stored codebook has been read (the built-in one stands in meanwhile). */
  ready: boolean
}

let fallback: { codebook: Codebook; key: string } | undefined

/** Hash of a codebook's content. */
export function codebookKey(codebook: Codebook): string {
  return hashText(JSON.stringify(codebook))
}

/** The current codebook, live: every view re-renders when a theme is added, renamed or deleted. */
export function useCodebook(): CodebookState {
  const row = useLiveQuery(() => readCodebook(), [])
  useEffect(() => {
    void ensureCodebook()
  }, [])
  return useMemo(() => {
    if (!row) {
      fallback ??= { codebook: builtinCodebook(), key: '' }
      if (!fallback.key) fallback.key = codebookKey(fallback.codebook)
      return { codebook: fallback.codebook, revision: 0, key: fallback.key, ready: false }
    }
    return { codebook: row.codebook, revision: row.revision, key: codebookKey(row.codebook), ready: true }
  }, [row])
}

/** A theme's label in `locale`, falling back to the other language when one is empty. */
export function themeLabel(theme: Pick<Theme, 'labelZh' | 'labelEn'>, locale: Locale): string {
  return (locale === 'zh' ? theme.labelZh || theme.labelEn : theme.labelEn || theme.labelZh) || ''
}

/** Themes as a select's options: the id, shown by its label in `locale`. */
export function themeOptions(themes: readonly Theme[], locale: Locale): SelectOption<string>[] {
  return themes.map((theme) => ({ value: theme.id, label: themeLabel(theme, locale) }))
}
