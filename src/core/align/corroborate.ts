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
 * calibrate.ts) and re-sorts each slot, in place. `docOf[e]` is the document of entry e. Scores of
 * links not among the candidates count as 0. Every path reads the scores as they were before this
 * step. A path through a third document is never stronger than the query's best link into it, so
 * third documents are tried strongest first and the search stops once SUPPORT_DOCUMENTS paths beat
 * every document left. A table per intermediate passage from document to its slot makes a path a
 * few array reads. Returns `t`.
 */
export function corroborate(t: CandidateTable, docOf: Int32Array | number[]): CandidateTable {
  const { firstSlot, slotDoc, slotStart, slotLength, entry, direct, support } = t
  const candidates = entry.length
  // The scores every path reads: the table's scores before this step.
  direct.set(t.score.subarray(0, candidates))
  let documents = 0
  for (const d of docOf) documents = Math.max(documents, d + 1)
  // Per (third document rank, via rank): that via passage's slot for each target document.
  const slotOfDoc = new Int32Array(documents * SUPPORT_VIA * documents)
  const filledFor = new Int32Array(documents * SUPPORT_VIA).fill(-1)
  const best = new Float64Array(SUPPORT_DOCUMENTS)
  const queries = firstSlot.length - 1
  // Bit (target × documents + third document): some passage of that document links to the target
  // with a positive score. Without one every path through the document is 0, so it is not searched.
  const linked = new Uint32Array(Math.ceil((queries * documents) / 32))
  for (let x = 0; x < queries; x++) {
    for (let s = firstSlot[x]; s < firstSlot[x + 1]; s++) {
      for (let l = slotStart[s], end = l + slotLength[s]; l < end; l++) {
        if (direct[l] <= 0) continue
        const bit = entry[l] * documents + docOf[x]
        linked[bit >>> 5] |= 1 << (bit & 31)
      }
    }
  }
  for (let query = 0; query < queries; query++) {
    // Third documents (their slots) by the query's best link into them, strongest first (ties: document order).
    const thirds: number[] = []
    for (let s = firstSlot[query]; s < firstSlot[query + 1]; s++) if (slotLength[s] > 0) thirds.push(s)
    thirds.sort((a, b) => direct[slotStart[b]] - direct[slotStart[a]] || slotDoc[a] - slotDoc[b])
    const tableOf = (k: number, v: number): number => {
      const key = k * SUPPORT_VIA + v
      const base = key * documents
      if (filledFor[key] !== query) {
        filledFor[key] = query
        slotOfDoc.fill(-1, base, base + documents)
        const x = entry[slotStart[thirds[k]] + v]
        for (let s = firstSlot[x]; s < firstSlot[x + 1]; s++) slotOfDoc[base + slotDoc[s]] = s
      }
      return base
    }
    for (let s = firstSlot[query]; s < firstSlot[query + 1]; s++) {
      const doc = slotDoc[s]
      for (let c = slotStart[s], end = c + slotLength[s]; c < end; c++) {
        const target = entry[c]
        let found = 0
        for (let k = 0; k < thirds.length; k++) {
          const via = thirds[k]
          if (slotDoc[via] === doc) continue
          const viaFirst = slotStart[via]
          // No path through this or any later document can beat the weakest of SUPPORT_DOCUMENTS found.
          if (found === SUPPORT_DOCUMENTS && best[found - 1] >= direct[viaFirst]) break
          const bit = target * documents + slotDoc[via]
          if ((linked[bit >>> 5] & (1 << (bit & 31))) === 0) continue
          let path = 0
          for (let v = 0; v < slotLength[via] && v < SUPPORT_VIA; v++) {
            const slot = slotOfDoc[tableOf(k, v) + doc]
            let link = 0
            if (slot >= 0) {
              for (let l = slotStart[slot], last = l + slotLength[slot]; l < last; l++) {
                if (entry[l] === target) {
                  link = direct[l]
                  break
                }
              }
            }
            path = Math.max(path, Math.min(direct[viaFirst + v], link))
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
        let sum = 0
        for (let i = 0; i < found; i++) sum += best[i]
        support[c] = sum
      }
    }
  }
  for (let c = 0; c < candidates; c++) t.score[c] = direct[c] + CORROBORATION_WEIGHT * support[c]
  for (let s = 0; s < slotStart.length; s++) sortSlot(t, s)
  t.corroborated = true
  return t
}
