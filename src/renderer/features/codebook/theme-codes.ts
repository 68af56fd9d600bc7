/**
 * The codes a passage can be coded with, for a menu: each theme, then its sub-themes
 * (`<theme>.<sub-theme>`, shown as `theme › sub-theme`); and the codes an annotation stores for one
 * of them (a sub-theme's code with its theme's, as the annotation editor stores them).
 */
import { subthemeKey, type Theme } from '../../../core/themes'
import type { Locale } from '../../i18n'
import type { SelectOption } from '../../ui/Select'
import { themeLabel } from './useCodebook'

/** Every theme, each followed by its sub-themes, in codebook order: a theme or sub-theme code and its label. */
export function themeCodeOptions(themes: readonly Theme[], locale: Locale): SelectOption<string>[] {
  return themes.flatMap((th) => [
    { value: th.id, label: themeLabel(th, locale) },
    ...(th.subthemes ?? []).map((s) => ({
      value: subthemeKey(th.id, s.id),
      label: `${themeLabel(th, locale)} › ${themeLabel(s, locale)}`,
    })),
  ])
}

/** The codes to store for `code`: a sub-theme's code comes with its theme's (safety.food_drug → safety, safety.food_drug). */
export function codesWithTheme(code: string): string[] {
  const dot = code.indexOf('.')
  return dot > 0 ? [code.slice(0, dot), code] : [code]
}
