/**
 * Alignment candidates in flat typed arrays: for each query passage, one slot per other document
 * (documents ascending), each holding that document's candidates best first, with the parts the
 * calibrated probability is computed from (see calibrate.ts). The 52 national reports give about
 * two million candidates; as objects in maps, re-made by every step, they took gigabytes and much
 * of the run in garbage collection. Here every step (order prior, corroboration, reciprocity, the
 * final choice) rewrites the same arrays. It deliberately does not score candidates (see
 * align-passages.ts).
 */

/** Candidates of every query. Slots of query q: firstSlot[q] .. firstSlot[q + 1] − 1. */
export interface CandidateTable {
  firstSlot: Int32Array
  /** The other document of each slot. */
  slotDoc: Int32Array
  /** Slot s holds candidates slotStart[s] .. slotStart[s] + slotLength[s] − 1, best first. */
  slotStart: Int32Array
  slotLength: Int32Array
  entry: Int32Array
  /** The ranking score; once chosen (see align-passages.ts), the calibrated probability. */
  score: Float64Array
  /** The direct score before corroboration (set by corroborate). */
  direct: Float64Array
  /** Corroboration through third documents (set by corroborate). */
  support: Float64Array
  /** 1 when the candidate's own best match in the query's document is the query (set by reciprocate). */
  mutual: Uint8Array
  /** Whether direct and support hold values (corroborate ran). */
  corroborated: boolean
}

/** One candidate as plain values (for tests and small callers). */
export interface Candidate {
  entry: number
  score: number
}

/** Appends queries, slots and candidates in order; `finish` trims the arrays to what was added. */
export interface TableBuilder {
  /** Starts the next query (queries are added in entry order). */
  query(): void
  /** Starts a slot of the current query for `doc` (ascending within a query). */
  slot(doc: number): void
  /** Adds a candidate to the current slot. */
  add(entry: number, score: number): void
  finish(): CandidateTable
}

/** `a`, or a copy of it twice as long when `size` does not fit. */
function grownInts(a: Int32Array, size: number): Int32Array {
  if (size <= a.length) return a
  const b = new Int32Array(Math.max(size, a.length * 2))
  b.set(a)
  return b
}

function grownFloats(a: Float64Array, size: number): Float64Array {
  if (size <= a.length) return a
  const b = new Float64Array(Math.max(size, a.length * 2))
  b.set(a)
  return b
}

/** A builder for `queries` queries. */
export function tableBuilder(queries: number): TableBuilder {
  const firstSlot = new Int32Array(queries + 1)
  let slotDoc: Int32Array = new Int32Array(1024)
  let slotStart: Int32Array = new Int32Array(1024)
  let entry: Int32Array = new Int32Array(4096)
  let score: Float64Array = new Float64Array(4096)
  let q = -1
  let slots = 0
  let candidates = 0
  return {
    query() {
      firstSlot[++q] = slots
    },
    slot(doc) {
      slotDoc = grownInts(slotDoc, slots + 1)
      slotStart = grownInts(slotStart, slots + 1)
      slotDoc[slots] = doc
      slotStart[slots++] = candidates
    },
    add(e, s) {
      entry = grownInts(entry, candidates + 1)
      score = grownFloats(score, candidates + 1)
      entry[candidates] = e
      score[candidates++] = s
    },
    finish() {
      for (let rest = q + 1; rest <= queries; rest++) firstSlot[rest] = slots
      const start = slotStart.slice(0, slots)
      const length = new Int32Array(slots)
      for (let s = 0; s < slots; s++) length[s] = (s + 1 < slots ? start[s + 1] : candidates) - start[s]
      return {
        firstSlot,
        slotDoc: slotDoc.slice(0, slots),
        slotStart: start,
        slotLength: length,
        entry: entry.slice(0, candidates),
        score: score.slice(0, candidates),
        direct: new Float64Array(candidates),
        support: new Float64Array(candidates),
        mutual: new Uint8Array(candidates),
        corroborated: false,
      }
    },
  }
}

/** The slot of query `q` for document `doc`, or −1 (binary search: slots are in document order). */
export function slotOf(t: CandidateTable, q: number, doc: number): number {
  let lo = t.firstSlot[q]
  let hi = t.firstSlot[q + 1] - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const d = t.slotDoc[mid]
    if (d === doc) return mid
    if (d < doc) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** The best candidate of query `q` in document `doc`, or −1 when it has none there. */
export function bestIn(t: CandidateTable, q: number, doc: number): number {
  const s = slotOf(t, q, doc)
  return s >= 0 && t.slotLength[s] > 0 ? t.entry[t.slotStart[s]] : -1
}

function swap(t: CandidateTable, i: number, j: number): void {
  const e = t.entry[i]
  t.entry[i] = t.entry[j]
  t.entry[j] = e
  const s = t.score[i]
  t.score[i] = t.score[j]
  t.score[j] = s
  const d = t.direct[i]
  t.direct[i] = t.direct[j]
  t.direct[j] = d
  const u = t.support[i]
  t.support[i] = t.support[j]
  t.support[j] = u
  const m = t.mutual[i]
  t.mutual[i] = t.mutual[j]
  t.mutual[j] = m
}

/**
 * Sorts slot `s` by descending score, ties by ascending entry (a total order: entries are unique in
 * a slot, so the result is the one any sort gives). Insertion sort: slots hold a few candidates.
 */
export function sortSlot(t: CandidateTable, s: number): void {
  const from = t.slotStart[s]
  const to = from + t.slotLength[s]
  for (let i = from + 1; i < to; i++) {
    for (let j = i; j > from; j--) {
      const a = t.score[j - 1]
      const b = t.score[j]
      if (b > a || (b === a && t.entry[j] < t.entry[j - 1])) swap(t, j - 1, j)
      else break
    }
  }
}

/** A table of `lists` (per query, per other document, candidates best first), as the steps read it. */
export function candidateTable(lists: Map<number, Candidate[]>[]): CandidateTable {
  const b = tableBuilder(lists.length)
  for (const perDoc of lists) {
    b.query()
    for (const doc of [...perDoc.keys()].sort((x, y) => x - y)) {
      b.slot(doc)
      for (const c of perDoc.get(doc) ?? []) b.add(c.entry, c.score)
    }
  }
  return b.finish()
}

/** The candidates of query `q` per other document, best first (for tests and small callers). */
export function candidatesOf(t: CandidateTable, q: number): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>()
  for (let s = t.firstSlot[q]; s < t.firstSlot[q + 1]; s++) {
    const list: Candidate[] = []
    for (let c = t.slotStart[s]; c < t.slotStart[s] + t.slotLength[s]; c++) list.push({ entry: t.entry[c], score: t.score[c] })
    out.set(t.slotDoc[s], list)
  }
  return out
}
