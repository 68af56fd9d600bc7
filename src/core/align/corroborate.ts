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
import { sortSlot, type CandidateTable } from './candidate-table'

/** Weight of the corroboration added to a direct score (score units per unit of support). */
export const CORROBORATION_WEIGHT = 1
/** Best candidates per third document tried as intermediate passages. */
export const SUPPORT_VIA = 3
/** Third documents whose best paths are summed. */
export const SUPPORT_DOCUMENTS = 3

/**
 * Adds corroboration to every candidate's score (keeping the direct score and the support apart for
 * calibrate.ts) and re-sorts each slot, in place. `docOf[e]` is the document of entry e (the slots
 * of a table hold passages of their own document, as findCandidates builds them). Scores of links
 * not among the candidates count as 0. Every path reads the scores as they were before this step.
 * Returns `t`.
 *
 * The paths are pushed from the intermediate passages rather than looked up per candidate: for each
 * third document, every candidate list of its SUPPORT_VIA best passages is read once, and each link
 * that lands on one of the query's candidates offers that candidate a path. A candidate's support is
 * the sum of its SUPPORT_DOCUMENTS best paths (one per third document), added largest first; that
 * is the same whatever order the third documents come in, so no search order or early stop is needed.
 */
export function corroborate(t: CandidateTable, docOf: Int32Array | number[]): CandidateTable {
  const { firstSlot, slotDoc, slotStart, slotLength, entry, direct, support } = t
  const candidates = entry.length
  // The scores every path reads: the table's scores before this step.
  direct.set(t.score.subarray(0, candidates))
  const queries = firstSlot.length - 1
  let entries = docOf.length
  let most = 0
  for (let q = 0; q < queries; q++) {
    let n = 0
    for (let s = firstSlot[q]; s < firstSlot[q + 1]; s++) n += slotLength[s]
    most = Math.max(most, n)
  }
  for (let c = 0; c < candidates; c++) entries = Math.max(entries, entry[c] + 1)
  // The query's candidates, numbered 0..n−1: `local[e]` is entry e's number (−1 when not a candidate).
  const local = new Int32Array(entries).fill(-1)
  const at = new Int32Array(most)
  const docAt = new Int32Array(most)
  // Per candidate: the best path through the third document at hand (offered only since `stamp` was set
  // to that document's slot), and the best SUPPORT_DOCUMENTS paths so far, in descending order.
  const path = new Float64Array(most)
  const stamp = new Int32Array(most).fill(-1)
  const offered = new Int32Array(most)
  const best = new Float64Array(most * SUPPORT_DOCUMENTS)
  const found = new Int32Array(most)
  // Every query's links in one run (`linkFrom[x]` .. `linkFrom[x + 1]` − 1), each with its target,
  // score and the document of its slot: a via passage's links are then one flat loop.
  const linkFrom = new Int32Array(queries + 1)
  const linkTo = new Int32Array(candidates)
  const linkScore = new Float64Array(candidates)
  const linkDoc = new Int32Array(candidates)
  let links = 0
  for (let x = 0; x < queries; x++) {
    linkFrom[x] = links
    for (let s = firstSlot[x]; s < firstSlot[x + 1]; s++) {
      for (let l = slotStart[s], end = l + slotLength[s]; l < end; l++) {
        // A link without a positive score gives no path (paths are the weaker of their two links).
        if (!(direct[l] > 0)) continue
        linkTo[links] = entry[l]
        linkScore[links] = direct[l]
        linkDoc[links++] = slotDoc[s]
      }
    }
  }
  linkFrom[queries] = links
  for (let query = 0; query < queries; query++) {
    let n = 0
    for (let s = firstSlot[query]; s < firstSlot[query + 1]; s++) {
      for (let c = slotStart[s], end = c + slotLength[s]; c < end; c++) {
        local[entry[c]] = n
        at[n] = c
        docAt[n] = slotDoc[s]
        found[n++] = 0
      }
    }
    for (let third = firstSlot[query]; third < firstSlot[query + 1]; third++) {
      const thirdDoc = slotDoc[third]
      let offers = 0
      for (let v = 0; v < slotLength[third] && v < SUPPORT_VIA; v++) {
        const toVia = direct[slotStart[third] + v]
        if (!(toVia > 0)) continue
        const via = entry[slotStart[third] + v]
        for (let l = linkFrom[via], end = linkFrom[via + 1]; l < end; l++) {
          const i = local[linkTo[l]]
          if (i < 0) continue
          const doc = linkDoc[l]
          if (docAt[i] !== doc || doc === thirdDoc) continue
          if (stamp[i] !== third) {
            stamp[i] = third
            path[i] = 0
            offered[offers++] = i
          }
          path[i] = Math.max(path[i], Math.min(toVia, linkScore[l]))
        }
      }
      for (let o = 0; o < offers; o++) {
        const i = offered[o]
        const p = path[i]
        if (!(p > 0)) continue
        // Insert into the best SUPPORT_DOCUMENTS paths, kept in descending order.
        const b = i * SUPPORT_DOCUMENTS
        let k: number
        if (found[i] < SUPPORT_DOCUMENTS) k = found[i]++
        else if (p > best[b + SUPPORT_DOCUMENTS - 1]) k = SUPPORT_DOCUMENTS - 1
        else continue
        while (k > 0 && best[b + k - 1] < p) {
          best[b + k] = best[b + k - 1]
          k--
        }
        best[b + k] = p
      }
    }
    for (let i = 0; i < n; i++) {
      let sum = 0
      for (let k = 0; k < found[i]; k++) sum += best[i * SUPPORT_DOCUMENTS + k]
      support[at[i]] = sum
      local[entry[at[i]]] = -1
    }
  }
  for (let c = 0; c < candidates; c++) t.score[c] = direct[c] + CORROBORATION_WEIGHT * support[c]
  for (let s = 0; s < slotStart.length; s++) sortSlot(t, s)
  t.corroborated = true
  return t
}
