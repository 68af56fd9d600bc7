/**
 * Codebook terms so common that they tag nearly every passage with their theme (a one-character term
 * of weight 3, a word such as 发展 made decisive): the share of the background's passages (national
 * work reports, see background.ts) in which each term occurs, for a warning that names the term. The
 * share is exact for one character (the background counts Han characters) and for two (bigrams);
 * for longer terms it is the share of their rarest bigram, an upper bound. It deliberately does not
 * change the codebook: the researcher decides.
 */
import { bigramKeys } from '../text/tokenize'
import { foldText, isHan } from '../text/fold'
import { DECISIVE_WEIGHT, MIN_OWN_SCORE_WITHOUT_DECISIVE_TERM } from '../themes/classify-passages'
import type { Codebook } from '../themes/types'
import { background } from './background'

/**
 * A term that tags a passage on its own (weight ≥ DECISIVE_WEIGHT) is broad above this share of
 * passages. The built-in codebook's most common decisive term (农业) occurs in 6% of them.
 */
export const BROAD_DECISIVE_SHARE = 0.15
/**
 * A term of half the score that tags without a decisive term (two of them tag a passage) is broad
 * above this share. The built-in codebook's most common such term (经济) occurs in 20%.
 */
export const BROAD_SUPPORT_SHARE = 0.4

/** A term of the codebook that would tag most passages. */
export interface BroadTerm {
  themeId: string
  term: string
  weight: number
  /** Share (0–1) of background passages that contain the term. */
  share: number
}

/** Share of background passages containing `term` (as a substring after folding); see the header. */
export function backgroundShare(term: string): number {
  const bg = background()
  const folded = foldText(term.trim())
  if (folded.length === 1 && isHan(folded.charCodeAt(0))) return (bg.chars.get(folded) ?? 0) / bg.passages
  const units = bigramKeys(folded)
  if (units.length === 0) return 0
  let rarest = Infinity
  for (const u of units) rarest = Math.min(rarest, bg.df.bigrams.get(u) ?? 0)
  return rarest / bg.passages
}

/** The codebook's broad terms (see BROAD_DECISIVE_SHARE, BROAD_SUPPORT_SHARE), most common first. */
export function broadTerms(codebook: Codebook): BroadTerm[] {
  const found: BroadTerm[] = []
  for (const theme of codebook.themes) {
    for (const { term, weight } of theme.terms) {
      const limit =
        weight >= DECISIVE_WEIGHT
          ? BROAD_DECISIVE_SHARE
          : weight * 2 >= MIN_OWN_SCORE_WITHOUT_DECISIVE_TERM
            ? BROAD_SUPPORT_SHARE
            : undefined
      if (limit === undefined) continue
      const share = backgroundShare(term)
      if (share > limit) found.push({ themeId: theme.id, term, weight, share })
    }
  }
  return found.sort((a, b) => b.share - a.share)
}

/** One line naming a broad term, for logs and the CLI (the app words it through its i18n). */
export function describeBroadTerm(b: BroadTerm): string {
  return (
    `term "${b.term}" of theme "${b.themeId}" (weight ${b.weight}) occurs in ${Math.round(b.share * 100)}% of the passages of ` +
    `government work reports, so it tags most passages with "${b.themeId}"; lower its weight or use a longer phrase`
  )
}
