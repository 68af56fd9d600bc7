/**
 * Fewer matches for large outputs: a floor on the calibrated score and a cap per ordered pair of
 * documents (52 reports give 2,652 pairs; three matches for every passage of each is about 180 MB of
 * JSON). Ranks are kept: scores never rise with rank, so what survives of a passage's list is
 * always its ranks 1..k. It deliberately does not re-score or re-rank.
 */
import type { PassageMatch } from './align-passages'

/** Options of selectMatches. */
export interface SelectOptions {
  /** Matches below this score (0–1, the calibrated probability) are dropped. */
  minScore?: number
  /** At most this many matches per ordered (from document, to document) pair, the highest scores. */
  perPair?: number
}

/** The matches passing `minScore`, at most `perPair` per document pair, in their original order. */
export function selectMatches(matches: PassageMatch[], options: SelectOptions): PassageMatch[] {
  const { minScore = -Infinity, perPair } = options
  const kept = matches.filter((m) => m.score >= minScore)
  if (perPair === undefined) return kept
  const byPair = new Map<string, number[]>()
  kept.forEach((m, i) => {
    const key = `${m.from.doc}>${m.to.doc}`
    let list = byPair.get(key)
    if (!list) byPair.set(key, (list = []))
    list.push(i)
  })
  const keep = new Uint8Array(kept.length)
  for (const list of byPair.values()) {
    // Highest score first; among equal scores the better rank, so rank 1 goes before its rank 2.
    list.sort((a, b) => kept[b].score - kept[a].score || kept[a].rank - kept[b].rank || a - b)
    for (const i of list.slice(0, perPair)) keep[i] = 1
  }
  return kept.filter((_, i) => keep[i] === 1)
}

/**
 * selectMatches over a stream of per-passage match lists (as matchesByPassage gives them, one source
 * document after another), applied one source document at a time: the same matches in the same
 * order, holding only one document's matches.
 */
export function* selectStreamed(lists: Iterable<PassageMatch[]>, options: SelectOptions): Generator<PassageMatch> {
  if (options.perPair === undefined) {
    // Without a cap per pair each match stands alone: no need to gather a document's matches.
    const { minScore = -Infinity } = options
    for (const list of lists) for (const m of list) if (m.score >= minScore) yield m
    return
  }
  let group: PassageMatch[] = []
  for (const list of lists) {
    if (list.length > 0 && group.length > 0 && list[0].from.doc !== group[0].from.doc) {
      yield* selectMatches(group, options)
      group = []
    }
    for (const m of list) group.push(m)
  }
  yield* selectMatches(group, options)
}
