/**
 * Year over year: two reports of the same place (say 2017 and 2023). Each passage of the later one is
 * `continued` (an aligned passage of the earlier one says much of it in the same words), `changed`
 * (aligned, on the same topic, but mostly in new words) or `new` (nothing in the earlier report
 * aligns); passages of the earlier one that nothing in the later one aligns with were `dropped`.
 * Alignment is `alignDocuments` on the pair; wording is `sharedWording`. It deliberately does not
 * check that the two documents are of the same place or which is earlier: the caller chooses.
 */
import { NO_COUNTERPART_BELOW } from './calibrate'
import { alignDocuments, type PassageMatch } from './align-passages'
import type { AlignDocument, PassageTerms } from './passage-vectors'
import { sharedWording } from './shared-wording'

/**
 * Lowest alignment score (calibrated probability, as in alignDocuments) for two passages to count as
 * the same topic across years: the "no counterpart" threshold. Above ROW_MIN_SCORE because a pair is
 * not confirmed by being mutual best, and two reports of one place share their boilerplate.
 */
export const YEAR_MATCH_MIN_SCORE = NO_COUNTERPART_BELOW
/**
 * Least share of a later passage's characters in wording common with its earlier match for it to
 * count as `continued` rather than `changed`: over half of it said again in the same words.
 */
export const CONTINUED_MIN_SHARED = 0.5

/** How a passage of the later report relates to the earlier one. */
export type YearStatus = 'continued' | 'changed' | 'new'

/** One passage of the later report. */
export interface LaterPassage {
  /** Passage id in the later document. */
  passage: string
  status: YearStatus
  /** The aligned passage of the earlier document (absent when `new`). */
  match?: string
  /** Alignment score of the match (0 when none). */
  score: number
  /** Share (0–1) of this passage's characters in wording common with the match. */
  shared: number
}

/** The comparison: every passage of the later report, and the earlier passages dropped. */
export interface YearComparison {
  later: LaterPassage[]
  /** Passage ids of the earlier document that nothing in the later one aligns with. */
  dropped: string[]
}

/** Options of `compareYears`. */
export interface YearOptions {
  /** Only passages of this theme are compared. */
  themeId?: string
  /** Precomputed term counts of [earlier, later] (as cached by a worker). */
  terms?: [PassageTerms[], PassageTerms[]]
  /** Overrides YEAR_MATCH_MIN_SCORE. */
  minScore?: number
  /** Overrides CONTINUED_MIN_SHARED. */
  continuedShared?: number
}

function bestFrom(matches: PassageMatch[], doc: number, minScore: number): Map<string, PassageMatch> {
  const best = new Map<string, PassageMatch>()
  for (const m of matches) if (m.from.doc === doc && m.rank === 1 && m.score >= minScore) best.set(m.from.passage, m)
  return best
}

/**
 * Compares `later` with `earlier` (passages with offsets into each text). Returns the later
 * passages in document order with their status, and the dropped earlier passages in document order.
 * With no passages in scope on either side, every later passage is `new` and every earlier one dropped.
 */
export function compareYears(earlier: AlignDocument, later: AlignDocument, options: YearOptions = {}): YearComparison {
  const minScore = options.minScore ?? YEAR_MATCH_MIN_SCORE
  const continuedShared = options.continuedShared ?? CONTINUED_MIN_SHARED
  const inScope = (p: { themes: string[] }): boolean => options.themeId === undefined || p.themes.includes(options.themeId)
  const matches = alignDocuments([earlier, later], { top: 1, themeId: options.themeId, terms: options.terms })
  const laterBest = bestFrom(matches, 1, minScore)
  const earlierBest = bestFrom(matches, 0, minScore)
  const earlierById = new Map(earlier.passages.map((p) => [p.id, p]))
  const matchedEarlier = new Set<string>()

  const laterOut: LaterPassage[] = later.passages.filter(inScope).map((p) => {
    const m = laterBest.get(p.id)
    const q = m ? earlierById.get(m.to.passage) : undefined
    if (!m || !q) return { passage: p.id, status: 'new', score: 0, shared: 0 }
    matchedEarlier.add(q.id)
    const text = later.text.slice(p.start, p.end)
    const common = sharedWording(text, earlier.text.slice(q.start, q.end)).common.reduce((n, c) => n + c.aEnd - c.aStart, 0)
    const shared = text.length > 0 ? common / text.length : 0
    return { passage: p.id, status: shared >= continuedShared ? 'continued' : 'changed', match: q.id, score: m.score, shared }
  })
  const dropped = earlier.passages.filter((p) => inScope(p) && !matchedEarlier.has(p.id) && !earlierBest.has(p.id)).map((p) => p.id)
  return { later: laterOut, dropped }
}
