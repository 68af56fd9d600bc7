/**
 * Sub-theme classification: which sub-themes (`<theme>.<sub-theme>`) each passage carries, within
 * the themes it already carries (a passage gets 食品药品安全 only if it is about 公共安全). A
 * sub-theme is scored by its own terms in the passage (repeats counting less, as for themes) and by
 * the enclosing headings, so that a paragraph under `（三）强化食品药品安全监管` is about food safety
 * even when it only says 专项整治. It deliberately does not decide themes (classify-passages.ts).
 */
import type { PassageHeading } from '../passages/types'
import { indexThemeTerms, scanIndexed, type SubthemeMatcher, type TermIndex } from '../terms'

/**
 * Score that assigns a sub-theme: one term that names it outright, or a term that usually means it
 * with a second one or a heading on it. Chosen on the development set (tests/fixtures/subthemes/
 * dev.json): 2 (one broad word such as 增长 or 项目) tagged topics paragraphs only mention.
 */
export const SUBTHEME_MIN_SCORE = 3
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

/**
 * Per-sub-theme scores of one stretch of the text (a passage or a heading), as classify-passages
 * scores themes: full weight for a term's first occurrence, REPEAT_FACTOR for repeats. Typed arrays
 * reused for every stretch: no object per match (classifying a library visits every term).
 */
class StretchScores {
  readonly score: Float64Array
  private readonly seenIn: Int32Array
  private stretch = 0

  constructor(
    private readonly index: TermIndex,
    subthemes: number,
    terms: number,
  ) {
    this.score = new Float64Array(subthemes)
    this.seenIn = new Int32Array(terms)
  }

  /** Scores `[start, end)`; the result is in `score` until the next call. */
  scan(start: number, end: number): Float64Array {
    const stretch = ++this.stretch
    this.score.fill(0)
    scanIndexed(this.index, start, end, (s, weight, _term, _start, _end, termIndex) => {
      this.score[s] += this.seenIn[termIndex] === stretch ? weight * REPEAT_FACTOR : weight
      this.seenIn[termIndex] = stretch
    })
    return this.score
  }
}

/**
 * The sub-theme keys of each passage (same order as `passages`), by descending score within each of
 * the passage's themes, themes in the passage's order. `themeIds` are the matcher's theme ids.
 */
export function classifySubthemes(
  text: string,
  passages: ThemedPassage[],
  themeIds: string[],
  sub: SubthemeMatcher,
  /** The text's index by `sub.matcher`, when the caller has one (segmentation's); built otherwise. */
  textIndex?: TermIndex,
): string[][] {
  if (passages.every((p) => p.themes.length === 0)) return passages.map(() => [])
  const index = textIndex ?? indexThemeTerms(sub.matcher, text)
  const scores = new StretchScores(index, sub.matcher.themeIds.length, sub.matcher.trie.terms.length)
  // Sub-theme indexes of each theme, so a passage looks only at the sub-themes of its themes.
  const subsOf = new Map<string, number[]>()
  sub.themeOf.forEach((t, s) => {
    const list = subsOf.get(themeIds[t])
    if (list) list.push(s)
    else subsOf.set(themeIds[t], [s])
  })
  const headingScores = new Map<string, Float64Array>()
  const scoresOf = (h: PassageHeading): Float64Array => {
    let cached = headingScores.get(h.id)
    if (!cached) {
      cached = Float64Array.from(scores.scan(h.start, h.end))
      headingScores.set(h.id, cached)
    }
    return cached
  }
  return passages.map((p) => {
    if (p.themes.length === 0) return []
    const nearest = p.headings.slice(-SUBTHEME_INHERIT_FACTORS.length).reverse().map(scoresOf)
    const own = scores.scan(p.start, p.end)
    const found: { key: string; theme: number; score: number }[] = []
    p.themes.forEach((themeId, theme) => {
      for (const s of subsOf.get(themeId) ?? []) {
        const ownScore = own[s]
        let inherited = 0
        for (let level = 0; level < nearest.length; level++) inherited += nearest[level][s] * SUBTHEME_INHERIT_FACTORS[level]
        if (ownScore === 0 && inherited === 0) continue
        const counted = Math.min(inherited, SUBTHEME_MAX_INHERITED)
        const assigned =
          ownScore >= SUBTHEME_MIN_SCORE ||
          (ownScore > 0 && ownScore + counted >= SUBTHEME_MIN_SCORE) ||
          (ownScore === 0 && inherited >= SUBTHEME_HEADING_ALONE)
        if (assigned) found.push({ key: sub.matcher.themeIds[s], theme, score: ownScore + counted })
      }
    })
    found.sort((a, b) => a.theme - b.theme || b.score - a.score)
    return found.map((f) => f.key)
  })
}
