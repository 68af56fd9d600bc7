/**
 * The theme form's text ↔ data conversions (pure): terms as one `term weight` per line, and a
 * theme built from the form fields. Validation proper is the core's validateCodebook.
 */
import type { Theme, ThemeTerm } from '../../../core/themes'

/** Weight of a term written without one: an ordinary supporting term. */
export const DEFAULT_TERM_WEIGHT = 1

/** Terms as the form shows them: `term` alone for weight 1, `term weight` otherwise, one per line. */
export function toTermsText(terms: readonly ThemeTerm[]): string {
  return terms.map((t) => (t.weight === DEFAULT_TERM_WEIGHT ? t.term : `${t.term} ${t.weight}`)).join('\n')
}

/**
 * Parses the form's terms: one per line (commas and 、 also separate), an optional trailing number
 * as its weight (0 marks an excluded phrase); blank lines and repeated terms are dropped (the first
 * wins). A weight is separated by whitespace, so `PM2.5` is a term, not `PM` with weight 2.5.
 */
export function fromTermsText(text: string): ThemeTerm[] {
  const seen = new Set<string>()
  const out: ThemeTerm[] = []
  for (const raw of text.split(/[\n,，、;；]/)) {
    const line = raw.trim()
    if (!line) continue
    const m = /^(.*\S)\s+(\d+(?:\.\d+)?)$/.exec(line)
    const term = m ? m[1] : line
    if (seen.has(term)) continue
    seen.add(term)
    out.push({ term, weight: m ? Number(m[2]) : DEFAULT_TERM_WEIGHT })
  }
  return out
}

/** The fields of the theme form. */
export interface ThemeFields {
  labelZh: string
  labelEn: string
  color: string
  terms: string
}

/** The form's fields for a theme (or empty fields with a default colour for a new one). */
export function toThemeFields(theme: Theme | undefined, defaultColor: string): ThemeFields {
  return theme
    ? { labelZh: theme.labelZh, labelEn: theme.labelEn, color: theme.color, terms: toTermsText(theme.terms) }
    : { labelZh: '', labelEn: '', color: defaultColor, terms: '' }
}

/** A theme (without id) from the form's fields; labels trimmed. */
export function fromThemeFields(fields: ThemeFields): Omit<Theme, 'id'> {
  return { labelZh: fields.labelZh.trim(), labelEn: fields.labelEn.trim(), color: fields.color, terms: fromTermsText(fields.terms) }
}

/** Colours offered to new themes in turn, distinct from one another on a white page. */
export const NEW_THEME_COLORS = ['#7a5195', '#ef5675', '#ffa600', '#2f4b7c', '#00a39b', '#8c6d31', '#5d8aa8', '#b5446e']
