/**
 * The themes an annotation can be tagged with: the user's codebook (the codebook feature's hook,
 * which stands in the built-in codebook until the stored one is read). The one place that decides
 * where annotation themes come from.
 */
import type { Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { themeLabel, useCodebook } from '../codebook'

/** The codebook's themes, in display order. */
export function useThemes(): readonly Theme[] {
  return useCodebook().codebook.themes
}

/** A theme id's label in the interface language (the id itself for a theme no longer in the codebook). */
export function useThemeLabel(): (themeId: string) => string {
  const themes = useThemes()
  const { locale } = useI18n()
  return (themeId) => {
    const th = themes.find((x) => x.id === themeId)
    return th ? themeLabel(th, locale) : themeId
  }
}
