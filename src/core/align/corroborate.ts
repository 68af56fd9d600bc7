/**
 * Corroboration across documents: a match from passage a (document A) to passage b (document B) is
 * more credible when a third document C holds a passage c close to both, i.e. the topic is
 * recognised along the path a → c → b as well as directly. Government reports treat the same policy
 * in many places with different wording; a direct comparison can be swayed by a multi-topic passage,
 * while the paths through other documents pick out the shared topic. The support of a path is the
 * weaker of its two links; the support of a match sums the best path through each of the
 * SUPPORT_DOCUMENTS most supportive third documents, so it does not grow with corpus size. It
 * deliberately does not find candidates itself (see align-passages.ts).
 */

/** Weight of the corroboration added to a direct score (score units per unit of support). */
export const CORROBORATION_WEIGHT = 1
/** Best candidates per third document tried as intermediate passages. */
export const SUPPORT_VIA = 3
/** Third documents whose best paths are summed. */
export const SUPPORT_DOCUMENTS = 3

/**
 * One candidate: its entry and ranking score, and, once corroborated and reciprocated, the parts the
 * calibrated probability is computed from (see calibrate.ts).
 */
export interface Candidate {
  entry: number
  score: number
  /** The direct score (cosines and bonuses) before corroboration. */
  direct?: number
  /** Corroboration through third documents (sum of best path supports). */
  support?: number
  /** The candidate's own best match in the query's document is the query. */
  mutual?: boolean
}

/** Per query entry: per other document, candidates best first. */
export type CandidateLists = Map<number, Candidate[]>[]

/**
 * Returns the candidate lists with corroboration added to every score and each list re-sorted.
 * `docOf[e]` is the document of entry e. Scores of links not among the candidates count as 0.
 */
export function corroborate(lists: CandidateLists, docOf: Int32Array | number[]): CandidateLists {
  const scoreOf = (x: number, y: number): number => lists[x].get(docOf[y])?.find((c) => c.entry === y)?.score ?? 0
  return lists.map((perDoc) => {
    const out: CandidateLists[number] = new Map()
    for (const [doc, list] of perDoc) {
      const adjusted = list.map(({ entry, score }): Candidate => {
        const paths: number[] = []
        for (const [third, via] of perDoc) {
          if (third === doc) continue
          let best = 0
          for (const c of via.slice(0, SUPPORT_VIA)) best = Math.max(best, Math.min(c.score, scoreOf(c.entry, entry)))
          if (best > 0) paths.push(best)
        }
        const support = paths.sort((p, q) => q - p).slice(0, SUPPORT_DOCUMENTS).reduce((s, p) => s + p, 0)
        return { entry, score: score + CORROBORATION_WEIGHT * support, direct: score, support }
      })
      out.set(doc, adjusted.sort((x, y) => y.score - x.score || x.entry - y.entry))
    }
    return out
  })
}
