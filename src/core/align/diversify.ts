/**
 * Diversity of the matches one passage gets in one other document (maximal marginal relevance):
 * after the best match, each further rank goes to the candidate with the highest score minus
 * DIVERSITY_PENALTY times its similarity to the matches already chosen. A passage that lists
 * several policies in one sentence (扫黑除恶, 信访, 应急救援, 安全生产, 食安) then sees its topics
 * spread over its top matches instead of three near-copies of one topic; a single-topic passage
 * loses little, since its best candidates differ anyway. Rank 1 never changes. It deliberately
 * does not score candidates (see align-passages.ts).
 */

/** Score units taken off per unit of similarity (passage cosine) to an already chosen match. */
export const DIVERSITY_PENALTY = 0.3

/**
 * The first `top` of `list` (candidates best first) chosen greedily by maximal marginal relevance;
 * each keeps its adjusted score, so scores stay non-increasing by rank. `similarity(x, y)` compares
 * two candidate entries (0–1). Returns at most `top` items; [] for an empty list.
 */
export function diversify(
  list: { entry: number; score: number }[],
  top: number,
  similarity: (x: number, y: number) => number,
  penalty = DIVERSITY_PENALTY,
): { entry: number; score: number }[] {
  if (list.length <= 1 || top <= 1) return list.slice(0, top)
  const chosen = [list[0]]
  const rest = list.slice(1)
  const nearest = rest.map((c) => similarity(c.entry, list[0].entry))
  while (chosen.length < top && rest.length > 0) {
    let best = 0
    let bestScore = -Infinity
    rest.forEach((c, i) => {
      const s = c.score - penalty * nearest[i]
      if (s > bestScore) {
        bestScore = s
        best = i
      }
    })
    const pick = rest[best]
    chosen.push({ entry: pick.entry, score: bestScore })
    rest.splice(best, 1)
    nearest.splice(best, 1)
    rest.forEach((c, i) => (nearest[i] = Math.max(nearest[i], similarity(c.entry, pick.entry))))
  }
  return chosen
}
