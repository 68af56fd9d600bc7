/** A weighted term of a theme. `term` is matched after width/case folding (PM2.5 = pm2.5 = ＰＭ２．５). */
export interface ThemeTerm {
  term: string
  /**
   * Evidence weight; 1 is an ordinary term, higher for unambiguous ones. 0 marks an excluded phrase:
   * it is never evidence itself, but hides the theme's shorter terms inside it (`政治生态` keeps
   * `生态` from counting for ecology).
   */
  weight: number
}

/**
 * A sub-theme (sub-code) of a theme, such as 食品药品安全 under 公共安全. Its id is unique within its
 * theme; elsewhere it is named `<theme id>.<sub-theme id>` (subthemeKey). Its terms only decide which
 * sub-themes a passage of the theme carries, never the theme itself.
 */
export interface SubTheme {
  id: string
  labelZh: string
  labelEn: string
  terms: ThemeTerm[]
}

/** A theme (code) of the codebook. Ids are stable: exports and annotations refer to them. */
export interface Theme {
  id: string
  labelZh: string
  labelEn: string
  /** CSS colour, e.g. `#d62728`. */
  color: string
  terms: ThemeTerm[]
  /** Sub-themes in display order; absent or empty for a flat theme. */
  subthemes?: SubTheme[]
}

/**
 * 1: the flat codebook of earlier versions (still read; validateCodebook migrates it);
 * 2: themes may hold sub-themes. Validated codebooks are always version 2.
 */
export type CodebookVersion = 1 | 2

export interface Codebook {
  version: CodebookVersion
  themes: Theme[]
}

/** The id a sub-theme has outside its theme: `safety.food_drug`. */
export function subthemeKey(themeId: string, subthemeId: string): string {
  return `${themeId}.${subthemeId}`
}

/** The theme and, for a sub-theme code, the sub-theme it names; undefined when the codebook has neither. */
export function resolveThemeCode(codebook: { themes: readonly Theme[] }, id: string): { theme: Theme; subtheme?: SubTheme } | undefined {
  const theme = codebook.themes.find((t) => t.id === id)
  if (theme) return { theme }
  const dot = id.indexOf('.')
  if (dot < 0) return undefined
  const parent = codebook.themes.find((t) => t.id === id.slice(0, dot))
  const subtheme = parent?.subthemes?.find((s) => s.id === id.slice(dot + 1))
  return parent && subtheme ? { theme: parent, subtheme } : undefined
}
