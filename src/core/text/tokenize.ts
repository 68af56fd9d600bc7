/**
 * Tokens for matching Chinese policy text: words with suffix folding, and character bigrams. Words
 * come from the dictionary segmenter over the words and frequencies `Intl.Segmenter('zh')` gives on
 * the national reports (dictionary-segmenter.ts: several times faster, the same terms for about
 * 99.8% of national and 96% of local tokens, and the same in Node, the renderer and workers whatever
 * their ICU); `segmentWordsIntl` keeps the segmenter itself for building that list and for comparison. It deliberately does not weight tokens (that is the aligner's job) nor keep offsets
 * of bigrams.
 */
import { compileDictionary, parseVocabulary, segmentWithDictionary, type SegmenterDictionary } from './dictionary-segmenter'
import { foldText as foldString, isAsciiAlnum as isAsciiAlnumCode, isHan as isHanCode } from './fold'
import { SEGMENTER_VOCABULARY } from './segmenter-vocabulary'

/** Local bindings of the per-character helpers (a module namespace lookup each time costs under some loaders). */
const foldText = foldString
const isAsciiAlnum = isAsciiAlnumCode
const isHan = isHanCode

/** A word of the text: folded form and UTF-16 offsets into the original string. */
export interface Token {
  text: string
  start: number
  end: number
}

/** Longest string handed to `Intl.Segmenter` in one call (UTF-16 units); longer lines split at punctuation. */
export const MAX_SEGMENT_CHARS = 300

/**
 * Suffixes folded away from words of at least three characters, so `网格化` = `网格`, `常态化` = `常态`:
 * they turn a noun into an "-isation" without changing the policy topic.
 */
const FOLDED_SUFFIXES = ['化']
const MIN_LENGTH_FOR_SUFFIX_FOLD = 3

/** Chunk boundaries: line breaks always, sentence punctuation when a line is too long. */
const LINE_BREAK = /\n/
const SOFT_BREAK = /[。；！？;!?，,]/g

let segmenter: Intl.Segmenter | undefined
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  return segmenter
}

function chunkRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = []
  let lineStart = start
  for (let i = start; i <= end; i++) {
    if (i === end || LINE_BREAK.test(text[i])) {
      splitLong(text, lineStart, i, ranges)
      lineStart = i + 1
    }
  }
  return ranges
}

function splitLong(text: string, start: number, end: number, out: [number, number][]): void {
  if (end - start <= MAX_SEGMENT_CHARS) {
    if (end > start) out.push([start, end])
    return
  }
  let chunkStart = start
  SOFT_BREAK.lastIndex = start
  const slice = text.slice(0, end)
  for (let m = SOFT_BREAK.exec(slice); m; m = SOFT_BREAK.exec(slice)) {
    const cut = m.index + 1
    if (cut - chunkStart >= MAX_SEGMENT_CHARS / 2) {
      out.push([chunkStart, cut])
      chunkStart = cut
    }
  }
  // A run without punctuation is cut hard: a word split at the cut costs less than a slow call.
  for (; end - chunkStart > MAX_SEGMENT_CHARS; chunkStart += MAX_SEGMENT_CHARS) {
    out.push([chunkStart, chunkStart + MAX_SEGMENT_CHARS])
  }
  if (end > chunkStart) out.push([chunkStart, end])
}

let dictionary: SegmenterDictionary | undefined

/**
 * Words of `text[start, end)` after width/case folding, with offsets into `text`: the most probable
 * split of each Han run into vocabulary words and single characters, and ASCII words. Returns [] for
 * empty input. Punctuation and spaces are dropped.
 */
export function segmentWords(text: string, start = 0, end = text.length): Token[] {
  dictionary ??= compileDictionary(parseVocabulary(SEGMENTER_VOCABULARY))
  return segmentWithDictionary(dictionary, text, start, end)
}

/**
 * Word-like segments of `text[start, end)` from `Intl.Segmenter('zh')` after width/case folding, with
 * offsets into `text`. It runs per line and per sentence-sized chunk, because its cost grows much
 * faster than linearly with the length of one string. Returns [] for empty input.
 */
export function segmentWordsIntl(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  const seg = getSegmenter()
  for (const [from, to] of chunkRanges(text, start, end)) {
    const chunk = foldText(text.slice(from, to))
    for (const s of seg.segment(chunk)) {
      if (!s.isWordLike) continue
      tokens.push({ text: s.segment, start: from + s.index, end: from + s.index + s.segment.length })
    }
  }
  return tokens
}

/** Folds a word's suffix (`网格化` → `网格`); shorter words are returned unchanged. */
export function foldWord(word: string): string {
  if (word.length < MIN_LENGTH_FOR_SUFFIX_FOLD) return word
  for (const suffix of FOLDED_SUFFIXES) if (word.endsWith(suffix)) return word.slice(0, -suffix.length)
  return word
}

function isNumeric(word: string): boolean {
  return /^[\d.,%]+$/.test(word)
}

function isHanWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isHan(word.charCodeAt(i))) return false
  return true
}

/**
 * Content terms of `text[start, end)`: segmenter words of two or more characters (suffix-folded),
 * and, where the segmenter fell back to single characters (`网|格`, `枫|桥`, which its vocabulary
 * lacks), the bigrams of each such run. Pure numbers and isolated single characters are dropped.
 */
export function contentTerms(text: string, start = 0, end = text.length): string[] {
  return termsOfTokens(segmentWords(text, start, end))
}

/**
 * The content terms (as `contentTerms` defines them) of already segmented words, e.g. a slice of
 * `segmentWords` over a whole passage: callers that need terms per clause segment the passage once
 * and cut its token list at clause offsets, instead of calling the segmenter per clause.
 */
export function termsOfTokens(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const terms: string[] = []
  let run = ''
  let runEnd = -1
  const flushRun = (): void => {
    const folded = foldWord(run)
    if (folded.length >= 2) for (let i = 0; i + 2 <= folded.length; i++) terms.push(folded.slice(i, i + 2))
    run = ''
  }
  for (let k = from; k < to; k++) {
    const token = tokens[k]
    const w = token.text
    if (w.length === 1 && isHanWord(w)) {
      if (token.start !== runEnd) flushRun()
      run += w
      runEnd = token.end
      continue
    }
    flushRun()
    runEnd = -1
    if (isNumeric(w) || w.length < 2) continue
    terms.push(foldWord(w))
  }
  flushRun()
  return terms
}

/**
 * Character bigrams of `text[start, end)` over runs of Han characters, after folding; an ASCII word
 * (`pm2.5`, `5g`) counts as one unit. Bigrams never span punctuation. Returns [] for empty input.
 */
export function charBigrams(text: string, start = 0, end = text.length): string[] {
  const out: string[] = []
  const folded = foldText(text.slice(start, end))
  let prev = ''
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    if (isHan(c)) {
      const ch = folded[i]
      if (prev) out.push(prev + ch)
      prev = ch
    } else if (isAsciiAlnum(c)) {
      let j = i
      while (j < folded.length && (isAsciiAlnum(folded.charCodeAt(j)) || folded[j] === '.')) j++
      const word = folded.slice(i, j).replace(/\.+$/, '')
      if (!isNumeric(word)) out.push(word)
      prev = ''
      i = j - 1
    } else {
      prev = ''
    }
  }
  return out
}
