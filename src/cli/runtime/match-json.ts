/**
 * The JSON of alignment matches, the largest part of `align --json` (about two million matches for
 * the 52 national reports): each match written exactly as JSON.stringify writes a PassageMatch
 * (`{"from":{"doc":…,"passage":…},"to":{…},"rank":…,"score":…}`, keys in that order), from pieces
 * kept per passage and per score instead of walking every object anew.
 */
import type { PassageMatch, PassageRef } from '../../core/align/align-passages'

/** Scores are rounded to four decimals: the text of each such value, made once. */
const SCORE_STEPS = 10_000

/** A number as JSON.stringify writes it. */
const jsonNumber = (x: number): string => (Number.isFinite(x) ? String(x) : 'null')

/** A function giving the JSON of one match, as JSON.stringify(match) would. */
export function matchJson(): (m: PassageMatch) => string {
  const scores = Array.from({ length: SCORE_STEPS + 1 }, (_, k) => String(k / SCORE_STEPS))
  const refs: Map<string, string>[] = []
  const ref = (r: PassageRef): string => {
    const perDoc = refs[r.doc] ?? (refs[r.doc] = new Map())
    let json = perDoc.get(r.passage)
    if (json === undefined) perDoc.set(r.passage, (json = JSON.stringify({ doc: r.doc, passage: r.passage })))
    return json
  }
  const score = (x: number): string => {
    const k = Math.round(x * SCORE_STEPS)
    return k >= 0 && k <= SCORE_STEPS && k / SCORE_STEPS === x ? scores[k] : jsonNumber(x)
  }
  // A passage's matches come together and share one `from` object.
  let lastFrom: PassageRef | undefined
  let fromJson = ''
  return (m) => {
    if (m.from !== lastFrom) {
      lastFrom = m.from
      fromJson = ref(m.from)
    }
    return `{"from":${fromJson},"to":${ref(m.to)},"rank":${jsonNumber(m.rank)},"score":${score(m.score)}}`
  }
}
