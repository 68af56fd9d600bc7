/**
 * The themes an annotation can be tagged with: the user's codebook (the codebook feature's hook,
 * which stands in the built-in codebook until the stored one is read). The one place that decides
 * where annotation themes come from.
 */
import { resolveThemeCode, type Theme } from '../../../core/themes'
import { useI18n } from '../../i18n'
import { themeLabel, useCodebook } from '../codebook'

/** The codebook's themes, in display order. */
export function useThemes(): readonly Theme[] {
  return useCodebook().codebook.themes
}

/** A theme code's label in the interface language, `theme › sub-theme` for a sub-theme code (the id itself for a code no longer in the codebook). */
export function useThemeLabel(): (themeId: string) => string {
  const themes = useThemes()
  const { locale } = useI18n()
  return (themeId) => {
    const found = resolveThemeCode({ themes }, themeId)
    if (!found) return themeId
    // A sub-theme code names its theme too: 公共安全 › 食品药品安全.
    return found.subtheme ? `${themeLabel(found.theme, locale)} › ${themeLabel(found.subtheme, locale)}` : themeLabel(found.theme, locale)
  }
}
