/**
 * Sub-theme classification: which sub-themes (`<theme>.<sub-theme>`) each passage carries, within
 * the themes it already carries (a passage gets 食品药品安全 only if it is about 公共安全). A
 * sub-theme is scored by its own terms in the passage (repeats counting less, as for themes) and by
 * the enclosing headings, so that a paragraph under `（三）强化食品药品安全监管` is about food safety
 * even when it only says 专项整治. It deliberately does not decide themes (classify-passages.ts).
 */
import type { PassageHeading } from '../passages/types'
import { indexThemeTerms, matchIndexed, scanIndexed, type SubthemeMatcher, type TermIndex, type TermMatch } from '../terms'

/** Own score that assigns a sub-theme alone: one term that usually means it, or two weaker ones. */
export const SUBTHEME_MIN_SCORE = 2
/** Share of a heading's sub-theme score its passages inherit, per level of distance (nearest first). */
export const SUBTHEME_INHERIT_FACTORS = [1, 0.5]
/** Most a passage inherits for one sub-theme. */
export const SUBTHEME_MAX_INHERITED = 2
/** Inherited score that assigns a sub-theme without any own term: the nearest heading names it outright. */
export const SUBTHEME_HEADING_ALONE = 3
/** Repeats of a term count this fraction of its weight. */
const REPEAT_FACTOR = 0.5

/** What sub-theme classification needs of a passage. */
export interface ThemedPassage {
  start: number
  end: number
  headings: PassageHeading[]
  /** Theme ids the passage carries. */
  themes: string[]
}

function scoreOf(matches: TermMatch[]): number {
  let score = 0
  const seen = new Set<string>()
  for (const m of matches) {
    score += seen.has(m.term) ? m.weight * REPEAT_FACTOR : m.weight
    seen.add(m.term)
  }
  return score
}

/**
 * The sub-theme keys of each passage (same order as `passages`), by descending score within each of
 * the passage's themes, themes in the passage's order. `themeIds` are the matcher's theme ids.
 */
export function classifySubthemes(text: string, passages: ThemedPassage[], themeIds: string[], sub: SubthemeMatcher): string[][] {
  if (passages.every((p) => p.themes.length === 0)) return passages.map(() => [])
  const index: TermIndex = indexThemeTerms(sub.matcher, text)
  const count = sub.matcher.themeIds.length
  const headingScores = new Map<string, number[]>()
  const scoresOf = (h: PassageHeading): number[] => {
    let scores = headingScores.get(h.id)
    if (!scores) {
      scores = matchIndexed(index, h.start, h.end).map(scoreOf)
      headingScores.set(h.id, scores)
    }
    return scores
  }
  const themePosition = new Map(themeIds.map((id, i) => [id, i]))
  return passages.map((p) => {
    if (p.themes.length === 0) return []
    const carried = new Set(p.themes.map((id) => themePosition.get(id)))
    const own: (TermMatch[] | undefined)[] = new Array(count)
    scanIndexed(index, p.start, p.end, (s, weight, term, start, end) => {
      if (carried.has(sub.themeOf[s])) (own[s] ??= []).push({ term, weight, start, end })
    })
    const found: { key: string; theme: number; score: number }[] = []
    for (let s = 0; s < count; s++) {
      if (!carried.has(sub.themeOf[s])) continue
      const matches = own[s]
      const ownScore = matches ? scoreOf(matches) : 0
      let inherited = 0
      for (let level = 0; level < SUBTHEME_INHERIT_FACTORS.length && level < p.headings.length; level++) {
        inherited += scoresOf(p.headings[p.headings.length - 1 - level])[s] * SUBTHEME_INHERIT_FACTORS[level]
      }
      const counted = Math.min(inherited, SUBTHEME_MAX_INHERITED)
      const assigned = ownScore >= SUBTHEME_MIN_SCORE || (ownScore > 0 && ownScore + counted >= SUBTHEME_MIN_SCORE) || (ownScore === 0 && inherited >= SUBTHEME_HEADING_ALONE)
      if (assigned) found.push({ key: sub.matcher.themeIds[s], theme: p.themes.indexOf(themeIds[sub.themeOf[s]]), score: ownScore + counted })
    }
    found.sort((a, b) => a.theme - b.theme || b.score - a.score)
    return found.map((f) => f.key)
  })
}
