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

/** Work space of diversify, grown as needed: the candidates not yet chosen and their nearest similarity to the chosen. */
let rest = new Int32Array(16)
let nearest = new Float64Array(16)

/**
 * Chooses the first `top` of `n` candidates (best first, candidate i scoring `scores[i]`) greedily by
 * maximal marginal relevance and writes their positions (0..n−1), in rank order, to `order`; returns
 * how many (at most `top`). `similarity(i, j)` compares candidates i and j (0–1). Similarities are
 * computed only where they can change a choice: not for the last candidate left (it is chosen
 * whatever its similarity), nor after the last choice.
 */
export function diversify(
  scores: ArrayLike<number>,
  n: number,
  top: number,
  similarity: (i: number, j: number) => number,
  order: Int32Array,
  penalty = DIVERSITY_PENALTY,
): number {
  const count = Math.min(n, Math.max(0, top))
  if (count === 0) return 0
  order[0] = 0
  if (rest.length < n) {
    rest = new Int32Array(n * 2)
    nearest = new Float64Array(n * 2)
  }
  let left = n - 1
  for (let i = 0; i < left; i++) rest[i] = i + 1
  let measured = false
  for (let k = 1; k < count; k++) {
    let best = 0
    if (left > 1) {
      if (!measured) {
        for (let i = 0; i < left; i++) nearest[i] = similarity(rest[i], 0)
        measured = true
      }
      let bestScore = -Infinity
      for (let i = 0; i < left; i++) {
        const s = scores[rest[i]] - penalty * nearest[i]
        if (s > bestScore) {
          bestScore = s
          best = i
        }
      }
    }
    const pick = rest[best]
    order[k] = pick
    left--
    for (let i = best; i < left; i++) {
      rest[i] = rest[i + 1]
      nearest[i] = nearest[i + 1]
    }
    if (k + 1 < count && left > 1) for (let i = 0; i < left; i++) nearest[i] = Math.max(nearest[i], similarity(rest[i], pick))
  }
  return count
}
