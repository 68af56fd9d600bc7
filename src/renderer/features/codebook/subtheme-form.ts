/**
 * The sub-theme editor's draft (pure): a theme's sub-themes as editable rows (labels and terms as
 * text, one `term weight` per line as in the theme form), with the edits the editor offers: add,
 * remove, reorder, move a term to another sub-theme. Validation proper is the core's
 * validateCodebook when the draft is saved.
 */
import type { SubTheme } from '../../../core/themes'
import { fromTermsText, toTermsText } from './codebook-form'

/** One sub-theme as the editor shows it. Ids stay as they are: exports and annotations refer to them. */
export interface SubthemeDraft {
  id: string
  labelZh: string
  labelEn: string
  terms: string
}

export function toSubthemeDrafts(subthemes: readonly SubTheme[] | undefined): SubthemeDraft[] {
  return (subthemes ?? []).map((s) => ({ id: s.id, labelZh: s.labelZh, labelEn: s.labelEn, terms: toTermsText(s.terms) }))
}

/** The sub-themes a draft stands for (labels trimmed; terms parsed as in the theme form). */
export function fromSubthemeDrafts(drafts: readonly SubthemeDraft[]): SubTheme[] {
  return drafts.map((d) => ({ id: d.id, labelZh: d.labelZh.trim(), labelEn: d.labelEn.trim(), terms: fromTermsText(d.terms) }))
}

/** The draft with the row at `index` moved by `delta` places (unchanged when that leaves the list). */
export function moveSubtheme(drafts: readonly SubthemeDraft[], index: number, delta: number): SubthemeDraft[] {
  const to = index + delta
  if (index < 0 || index >= drafts.length || to < 0 || to >= drafts.length) return [...drafts]
  const next = [...drafts]
  const [row] = next.splice(index, 1)
  next.splice(to, 0, row)
  return next
}

/**
 * The draft with `term` (with its weight) taken out of row `from` and appended to row `to`;
 * unchanged when row `from` does not hold it or the rows are the same.
 */
export function moveTerm(drafts: readonly SubthemeDraft[], from: number, term: string, to: number): SubthemeDraft[] {
  if (from === to || !drafts[from] || !drafts[to]) return [...drafts]
  const source = fromTermsText(drafts[from].terms)
  const moved = source.find((t) => t.term === term)
  if (!moved) return [...drafts]
  return drafts.map((d, i) => {
    if (i === from) return { ...d, terms: toTermsText(source.filter((t) => t !== moved)) }
    if (i === to) return { ...d, terms: toTermsText([...fromTermsText(d.terms), moved]) }
    return d
  })
}
