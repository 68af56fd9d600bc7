/**
 * A theme code's labels for exports: the codebook's Chinese and English labels, or the code itself
 * when the codebook does not know it (a theme deleted since it was used), so no column is ever empty.
 * A code may name a sub-theme as `<theme>.<sub-theme>` (safety.food_drug); it gets the sub-theme's labels.
 */
import { resolveThemeCode, type Codebook } from '../themes/types'

export { resolveThemeCode }

/** Chinese and English label of a theme code. */
export interface ThemeLabels {
  zh: string
  en: string
}

/** The labels of theme code `id` (the id itself for both when unknown). */
export function themeLabelsOf(codebook: Codebook, id: string): ThemeLabels {
  const found = resolveThemeCode(codebook, id)
  const named = found?.subtheme ?? found?.theme
  return named ? { zh: named.labelZh, en: named.labelEn } : { zh: id, en: id }
}

/** `中文 (English)`, the name exports give a theme (the REFI-QDA code name, headings). */
export function themeDisplayName(codebook: Codebook, id: string): string {
  const { zh, en } = themeLabelsOf(codebook, id)
  return zh === en ? zh : `${zh} (${en})`
}
