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

/** A theme (code) of the codebook. Ids are stable: exports and annotations refer to them. */
export interface Theme {
  id: string
  labelZh: string
  labelEn: string
  /** CSS colour, e.g. `#d62728`. */
  color: string
  terms: ThemeTerm[]
}

export interface Codebook {
  version: 1
  themes: Theme[]
}
