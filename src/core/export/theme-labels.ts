/**
 * A theme code's labels for exports: the codebook's Chinese and English labels, or the code itself
 * when the codebook does not know it (a theme deleted since it was used), so no column is ever empty.
 * A code may name a sub-theme as `<theme>.<sub-theme>` (safety.food_drug); it gets the sub-theme's labels.
 */
import type { Codebook, SubTheme, Theme } from '../themes/types'

/** Chinese and English label of a theme code. */
export interface ThemeLabels {
  zh: string
  en: string
}

/** The theme and, for a sub-theme code, the sub-theme it names; undefined when the codebook has neither. */
export function resolveThemeCode(codebook: Codebook, id: string): { theme: Theme; subtheme?: SubTheme } | undefined {
  const theme = codebook.themes.find((t) => t.id === id)
  if (theme) return { theme }
  const dot = id.indexOf('.')
  if (dot < 0) return undefined
  const parent = codebook.themes.find((t) => t.id === id.slice(0, dot))
  const subtheme = parent?.subthemes?.find((s) => s.id === id.slice(dot + 1))
  return parent && subtheme ? { theme: parent, subtheme } : undefined
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
