/**
 * Multi-label theme classification of passages, with evidence: the codebook terms found in the
 * passage and the themes it inherits from its enclosing section headings (a passage under
 * `（五）如履薄冰保安全` leans to safety). A theme is assigned when its score reaches
 * THEME_MIN_SCORE and the passage itself names the theme: with a decisive term, or with several
 * broader ones. It deliberately does not
 * cut passages (see passages/segment-passages.ts).
 */
import type { Passage } from '../passages/types'
import { matchTerms, type TermMatch, type ThemeMatcher } from './match-terms'

/** Score a theme needs to be assigned: one unambiguous term, or a strong and a supporting one. */
export const THEME_MIN_SCORE = 3
/** Repeats of a term add less than new terms: each repeat counts this fraction of its weight. */
export const REPEAT_FACTOR = 0.5
/** Share of a heading's term score that its sections inherit, per level of distance (nearest first). */
export const INHERIT_FACTORS = [1, 0.5, 0.25]
/** Most a passage can inherit for one theme: headings make a theme likelier, never certain alone. */
export const MAX_INHERITED = 2
/** Own term score a passage needs before inherited score counts (it must at least touch the theme). */
export const MIN_OWN_SCORE_WITH_INHERITANCE = 2
/** Weight of a term that names its theme on its own (the codebook's "strong" terms). */
export const DECISIVE_WEIGHT = 3
/**
 * Without a decisive term or a heading on the theme, the passage's own terms must reach this score:
 * two broad terms such as 居民 + 群众 or 风险 + 隐患 appear in passages about anything.
 */
export const MIN_OWN_SCORE_WITHOUT_DECISIVE_TERM = 4

/** Evidence for one theme of one passage. */
export interface ThemeEvidence {
  themeId: string
  /** termScore + inherited. */
  score: number
  /** Score from the passage's own terms. */
  termScore: number
  /** Score inherited from enclosing headings. */
  inherited: number
  /** The passage's own matches (offsets into the document text). */
  matches: TermMatch[]
  /** Heading titles the inherited score came from, nearest first. */
  fromHeadings: string[]
}

/** A passage with its assigned themes (ids, by descending score) and the evidence for every theme scored. */
export interface ClassifiedPassage extends Passage {
  themes: string[]
  evidence: ThemeEvidence[]
}

/** Score of a list of matches: full weight for the first occurrence of each term, less for repeats. */
export function scoreMatches(matches: TermMatch[]): number {
  const seen = new Set<string>()
  let score = 0
  for (const m of matches) {
    score += seen.has(m.term) ? m.weight * REPEAT_FACTOR : m.weight
    seen.add(m.term)
  }
  return score
}

function isAssigned(e: ThemeEvidence): boolean {
  if (e.score < THEME_MIN_SCORE) return false
  const decisive = e.matches.some((m) => m.weight >= DECISIVE_WEIGHT)
  // A section heading on the theme confirms broad terms that alone would not be enough.
  const confirmed = e.inherited > 0 && e.termScore >= MIN_OWN_SCORE_WITH_INHERITANCE
  return decisive || confirmed || e.termScore >= MIN_OWN_SCORE_WITHOUT_DECISIVE_TERM
}

/**
 * Classifies the passages of one document. `text` is the document text the passages index into.
 * Returns the passages in the same order with `themes` and `evidence`; an empty list for no passages.
 */
export function classifyPassages(text: string, passages: Passage[], matcher: ThemeMatcher): ClassifiedPassage[] {
  const headingScores = new Map<string, number[]>()
  const scoresOf = (start: number, end: number): number[] => matchTerms(matcher, text, start, end).map(scoreMatches)
  return passages.map((p) => {
    const own = matchTerms(matcher, text, p.start, p.end)
    const nearestFirst = [...p.headings].reverse()
    const evidence: ThemeEvidence[] = []
    matcher.themeIds.forEach((themeId, t) => {
      const termScore = scoreMatches(own[t])
      let inherited = 0
      const fromHeadings: string[] = []
      nearestFirst.forEach((h, level) => {
        const factor = INHERIT_FACTORS[level] ?? 0
        if (factor === 0) return
        let scores = headingScores.get(h.id)
        if (!scores) {
          scores = scoresOf(h.start, h.end)
          headingScores.set(h.id, scores)
        }
        if (scores[t] > 0) {
          inherited += scores[t] * factor
          fromHeadings.push(h.title)
        }
      })
      inherited = Math.min(inherited, MAX_INHERITED)
      if (termScore === 0 && inherited === 0) return
      const counted = termScore >= MIN_OWN_SCORE_WITH_INHERITANCE ? inherited : 0
      evidence.push({ themeId, score: termScore + counted, termScore, inherited, matches: own[t], fromHeadings })
    })
    evidence.sort((a, b) => b.score - a.score)
    const themes = evidence.filter(isAssigned).map((e) => e.themeId)
    return { ...p, themes, evidence }
  })
}

/**
 * Share of the text (0–1) in passages of each theme: characters of passages carrying the theme
 * divided by the text's length. Themes without passages get 0; an empty text gives all zeros.
 */
export function themeShares(text: string, passages: ClassifiedPassage[], themeIds: string[]): Record<string, number> {
  const shares: Record<string, number> = {}
  for (const id of themeIds) shares[id] = 0
  if (text.length === 0) return shares
  for (const p of passages) for (const t of p.themes) if (t in shares) shares[t] += p.end - p.start
  for (const id of themeIds) shares[id] /= text.length
  return shares
}
