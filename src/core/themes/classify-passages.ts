/**
 * Multi-label theme classification of passages, with evidence: the codebook terms found in the
 * passage and the themes it inherits from its enclosing section headings (a passage under
 * `（五）如履薄冰保安全` leans to safety). A theme is assigned when its score reaches
 * THEME_MIN_SCORE and the passage itself names the theme: with a decisive term, or with several
 * broader ones. A passage that only thanks its audience (acknowledgement.ts) gets no theme. It
 * deliberately does not cut passages (see passages/segment-passages.ts).
 */
import type { Passage, PassageHeading } from '../passages/types'
import { isAcknowledgement } from './acknowledgement'
import { classifySubthemes } from './classify-subthemes'
import { indexThemeTerms, matchIndexed, scanIndexed, type TermIndex, type TermMatch, type ThemeMatcher } from '../terms'

/** Score a theme needs to be assigned: one unambiguous term, or a strong and a supporting one. */
export const THEME_MIN_SCORE = 3
/** Repeats of a term add less than new terms: each repeat counts this fraction of its weight. */
export const REPEAT_FACTOR = 0.5
/** Share of a heading's term score that its sections inherit, per level of distance (nearest first). */
export const INHERIT_FACTORS = [1, 0.5, 0.25]
/** Most a passage can inherit for one theme: headings make a theme likelier, never certain alone. */
export const MAX_INHERITED = 2
/** Own term score a passage needs before inherited score counts (it must at least touch the theme). */
export const MIN_OWN_SCORE_WITH_INHERITANCE = 2
/** Weight of a term that names its theme on its own (the codebook's "strong" terms). */
export const DECISIVE_WEIGHT = 3
/**
 * Without a decisive term or a heading on the theme, the passage's own terms must reach this score:
 * two broad terms such as 居民 + 群众 or 风险 + 隐患 appear in passages about anything.
 */
export const MIN_OWN_SCORE_WITHOUT_DECISIVE_TERM = 4

/** Evidence for one theme of one passage. */
export interface ThemeEvidence {
  themeId: string
  /** termScore + inherited. */
  score: number
  /** Score from the passage's own terms. */
  termScore: number
  /** Score inherited from enclosing headings. */
  inherited: number
  /** The passage's own matches (offsets into the document text). */
  matches: TermMatch[]
  /** Heading titles the inherited score came from, nearest first. */
  fromHeadings: string[]
}

/** A passage with its assigned themes (ids, by descending score) and the evidence for every theme scored. */
export interface ClassifiedPassage extends Passage {
  themes: string[]
  /** Sub-theme keys (`<theme>.<sub-theme>`) within `themes`; empty when the codebook has none. */
  subthemes: string[]
  evidence: ThemeEvidence[]
}

/** Score of a list of matches: full weight for the first occurrence of each term, less for repeats. */
export function scoreMatches(matches: TermMatch[]): number {
  let score = 0
  // Lists are short (a passage names a theme's terms a few times): a scan beats a Set per list.
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    let repeat = false
    for (let j = 0; j < i && !repeat; j++) repeat = matches[j].term === m.term
    score += repeat ? m.weight * REPEAT_FACTOR : m.weight
  }
  return score
}

const byScore = (a: ThemeEvidence, b: ThemeEvidence): number => b.score - a.score

function isAssigned(e: ThemeEvidence, decisive: boolean): boolean {
  if (e.score < THEME_MIN_SCORE) return false
  // A section heading on the theme confirms broad terms that alone would not be enough.
  const confirmed = e.inherited > 0 && e.termScore >= MIN_OWN_SCORE_WITH_INHERITANCE
  return decisive || confirmed || e.termScore >= MIN_OWN_SCORE_WITHOUT_DECISIVE_TERM
}

/** Options of classifyPassages. */
export interface ClassifyOptions {
  /** `matcher`'s index of the text (indexThemeTerms), when the caller has one (segmentation's). */
  index?: TermIndex
  /** The index of the text by `matcher`'s sub-themes, when the caller has one (segmentation's). */
  subthemeIndex?: TermIndex
  /**
   * False to leave each evidence's `matches` empty: themes and scores are the same, and no object is
   * made per term occurrence (the app's analysis worker needs only the themes).
   */
  matches?: boolean
}

/** Per-theme term scores of one passage, computed without match objects (see ClassifyOptions.matches). */
class LeanScores {
  readonly score: Float64Array
  readonly decisive: Uint8Array
  readonly touched: Uint8Array
  private readonly seenIn: Int32Array
  private passage = 0

  constructor(themes: number, terms: number) {
    this.score = new Float64Array(themes)
    this.decisive = new Uint8Array(themes)
    this.touched = new Uint8Array(themes)
    this.seenIn = new Int32Array(terms)
  }

  /** Scores `[start, end)` of the index: as scoreMatches over the matches, in the same order. */
  scan(index: TermIndex, start: number, end: number): void {
    const passage = ++this.passage
    this.score.fill(0)
    this.decisive.fill(0)
    this.touched.fill(0)
    scanIndexed(index, start, end, (t, weight, _term, _start, _end, termIndex) => {
      this.score[t] += this.seenIn[termIndex] === passage ? weight * REPEAT_FACTOR : weight
      this.seenIn[termIndex] = passage
      this.touched[t] = 1
      if (weight >= DECISIVE_WEIGHT) this.decisive[t] = 1
    })
  }
}

/**
 * Classifies the passages of one document. `text` is the document text the passages index into.
 * Returns the passages in the same order with `themes` and `evidence`; an empty list for no passages.
 */
export function classifyPassages(
  text: string,
  passages: Passage[],
  matcher: ThemeMatcher,
  options: ClassifyOptions = {},
): ClassifiedPassage[] {
  const terms = options.index ?? indexThemeTerms(matcher, text)
  const keepMatches = options.matches !== false
  const headingScores = new Map<string, number[]>()
  const scoresOf = (h: PassageHeading): number[] => {
    let scores = headingScores.get(h.id)
    if (!scores) {
      scores = matchIndexed(terms, h.start, h.end).map(scoreMatches)
      headingScores.set(h.id, scores)
    }
    return scores
  }
  const themeCount = matcher.themeIds.length
  const lean = keepMatches ? undefined : new LeanScores(themeCount, matcher.trie.terms.length)
  const classified = passages.map((p) => {
    // Lists only for themes the passage names: most passages name two or three of the themes, and
    // empty lists for the others were most of what classifying a corpus allocated.
    const own: (TermMatch[] | undefined)[] = new Array(themeCount)
    if (lean) lean.scan(terms, p.start, p.end)
    else scanIndexed(terms, p.start, p.end, (t, weight, term, start, end) => (own[t] ??= []).push({ term, weight, start, end }))
    const { headings } = p
    const evidence: ThemeEvidence[] = []
    const decisive = new Set<ThemeEvidence>()
    for (let t = 0; t < themeCount; t++) {
      const matches = own[t]
      const termScore = lean ? lean.score[t] : matches ? scoreMatches(matches) : 0
      let inherited = 0
      let fromHeadings: string[] | undefined
      // Nearest heading first, each level inheriting less.
      for (let level = 0; level < INHERIT_FACTORS.length && level < headings.length; level++) {
        const factor = INHERIT_FACTORS[level]
        if (factor === 0) continue
        const h = headings[headings.length - 1 - level]
        const score = scoresOf(h)[t]
        if (score > 0) {
          inherited += score * factor
          ;(fromHeadings ??= []).push(h.title)
        }
      }
      inherited = Math.min(inherited, MAX_INHERITED)
      if (termScore === 0 && inherited === 0) continue
      const counted = termScore >= MIN_OWN_SCORE_WITH_INHERITANCE ? inherited : 0
      const e: ThemeEvidence = {
        themeId: matcher.themeIds[t],
        score: termScore + counted,
        termScore,
        inherited,
        matches: matches ?? [],
        fromHeadings: fromHeadings ?? [],
      }
      evidence.push(e)
      if (lean ? lean.decisive[t] === 1 : matches?.some((m) => m.weight >= DECISIVE_WEIGHT)) decisive.add(e)
    }
    if (evidence.length > 1) evidence.sort(byScore)
    const themes = isAcknowledgement(text, p.start, p.end)
      ? []
      : evidence.filter((e) => isAssigned(e, decisive.has(e))).map((e) => e.themeId)
    // Fields spelt out: spreading the passage was a fifth of classification's time.
    const subthemes: string[] = []
    return { id: p.id, start: p.start, end: p.end, kind: p.kind, headings, themes, subthemes, evidence }
  })
  if (matcher.subthemes) {
    const subthemes = classifySubthemes(text, classified, matcher.themeIds, matcher.subthemes, options.subthemeIndex)
    classified.forEach((p, i) => (p.subthemes = subthemes[i]))
  }
  return classified
}

/**
 * Share of the text (0–1) in passages of each theme: characters of passages carrying the theme
 * divided by the text's length. Themes without passages get 0; an empty text gives all zeros.
 * With `of: 'subthemes'` the same for sub-theme keys.
 */
export function themeShares(
  text: string,
  passages: ClassifiedPassage[],
  themeIds: string[],
  of: 'themes' | 'subthemes' = 'themes',
): Record<string, number> {
  const shares: Record<string, number> = {}
  for (const id of themeIds) shares[id] = 0
  if (text.length === 0) return shares
  for (const p of passages) for (const t of p[of]) if (t in shares) shares[t] += p.end - p.start
  for (const id of themeIds) shares[id] /= text.length
  return shares
}
