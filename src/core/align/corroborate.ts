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

/** Every candidate list in flat arrays: entry x's lists are slots slotStart..; slot s holds its candidates. */
interface FlatLists {
  firstSlot: Int32Array
  slotDoc: Int32Array
  slotFirst: Int32Array
  slotLength: Int32Array
  entry: Int32Array
  score: Float64Array
}

function flatten(lists: CandidateLists): FlatLists {
  let slots = 0
  let candidates = 0
  for (const perDoc of lists) {
    slots += perDoc.size
    for (const list of perDoc.values()) candidates += list.length
  }
  const flat: FlatLists = {
    firstSlot: new Int32Array(lists.length + 1),
    slotDoc: new Int32Array(slots),
    slotFirst: new Int32Array(slots),
    slotLength: new Int32Array(slots),
    entry: new Int32Array(candidates),
    score: new Float64Array(candidates),
  }
  let s = 0
  let c = 0
  lists.forEach((perDoc, x) => {
    flat.firstSlot[x] = s
    for (const [doc, list] of perDoc) {
      flat.slotDoc[s] = doc
      flat.slotFirst[s] = c
      flat.slotLength[s++] = list.length
      for (const cand of list) {
        flat.entry[c] = cand.entry
        flat.score[c++] = cand.score
      }
    }
  })
  flat.firstSlot[lists.length] = s
  return flat
}

/**
 * Returns the candidate lists with corroboration added to every score and each list re-sorted.
 * `docOf[e]` is the document of entry e. Scores of links not among the candidates count as 0.
 * A path through a third document is never stronger than the query's best link into it, so third
 * documents are tried strongest first and the search stops once SUPPORT_DOCUMENTS paths beat every
 * document left. The lists are read from flat typed arrays, with a table per intermediate passage
 * from document to its list, so a path costs a few array reads instead of map lookups. The input
 * is consumed: each query's lists are replaced by their corroborated copy as soon as it is made (the
 * flat arrays keep what later queries read), so two generations of millions of candidates never
 * coexist. Returns `lists`.
 */
export function corroborate(lists: CandidateLists, docOf: Int32Array | number[]): CandidateLists {
  const flat = flatten(lists)
  let documents = 0
  for (const d of docOf) documents = Math.max(documents, d + 1)
  // Per (third document rank, via rank): that via passage's list slot for each target document.
  const slotOfDoc = new Int32Array(documents * SUPPORT_VIA * documents)
  const filledFor = new Int32Array(documents * SUPPORT_VIA).fill(-1)
  const best = new Float64Array(SUPPORT_DOCUMENTS)
  lists.forEach((perDoc, query) => {
    // Third documents by the query's best link into them, strongest first (ties: document order).
    const thirds = [...perDoc].filter(([, via]) => via.length > 0).sort((a, b) => b[1][0].score - a[1][0].score || a[0] - b[0])
    const tableOf = (t: number, v: number): number => {
      const key = t * SUPPORT_VIA + v
      const base = key * documents
      if (filledFor[key] !== query) {
        filledFor[key] = query
        slotOfDoc.fill(-1, base, base + documents)
        const x = thirds[t][1][v].entry
        for (let s = flat.firstSlot[x]; s < flat.firstSlot[x + 1]; s++) slotOfDoc[base + flat.slotDoc[s]] = s
      }
      return base
    }
    const out: CandidateLists[number] = new Map()
    for (const [doc, list] of perDoc) {
      const adjusted = list.map(({ entry, score }): Candidate => {
        let found = 0
        for (let t = 0; t < thirds.length; t++) {
          const [third, via] = thirds[t]
          if (third === doc) continue
          // No path through this or any later document can beat the weakest of SUPPORT_DOCUMENTS found.
          if (found === SUPPORT_DOCUMENTS && best[found - 1] >= via[0].score) break
          let path = 0
          for (let v = 0; v < via.length && v < SUPPORT_VIA; v++) {
            const slot = slotOfDoc[tableOf(t, v) + doc]
            let link = 0
            if (slot >= 0) {
              for (let c = flat.slotFirst[slot], last = c + flat.slotLength[slot]; c < last; c++) {
                if (flat.entry[c] === entry) {
                  link = flat.score[c]
                  break
                }
              }
            }
            path = Math.max(path, Math.min(via[v].score, link))
          }
          if (path <= 0) continue
          // Insert into the best SUPPORT_DOCUMENTS paths, kept in descending order.
          let i: number
          if (found < SUPPORT_DOCUMENTS) i = found++
          else if (path > best[SUPPORT_DOCUMENTS - 1]) i = SUPPORT_DOCUMENTS - 1
          else continue
          while (i > 0 && best[i - 1] < path) {
            best[i] = best[i - 1]
            i--
          }
          best[i] = path
        }
        let support = 0
        for (let i = 0; i < found; i++) support += best[i]
        return { entry, score: score + CORROBORATION_WEIGHT * support, direct: score, support }
      })
      out.set(
        doc,
        adjusted.sort((x, y) => y.score - x.score || x.entry - y.entry),
      )
    }
    lists[query] = out
  })
  return lists
}
