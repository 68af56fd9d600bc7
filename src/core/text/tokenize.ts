/**
 * Tokens for matching Chinese policy text: words with suffix folding, and character bigrams. Words
 * come from the dictionary segmenter over the words and frequencies `Intl.Segmenter('zh')` gives on
 * the national reports (dictionary-segmenter.ts: several times faster, the same terms for about
 * 99.8% of national and 96% of local tokens, and the same in Node, the renderer and workers whatever
 * their ICU); `segmentWordsIntl` keeps the segmenter itself for building that list and for comparison. It deliberately does not weight tokens (that is the aligner's job) nor keep offsets
 * of bigrams.
 */
import { compileDictionary, parseVocabulary, segmentWithDictionary, type SegmenterDictionary } from './dictionary-segmenter'
import { foldCharCode as foldCode, foldText as foldString, isAsciiAlnum as isAsciiAlnumCode, isHan as isHanCode } from './fold'
import { SEGMENTER_VOCABULARY } from './segmenter-vocabulary'

/** Local bindings of the per-character helpers (a module namespace lookup each time costs under some loaders). */
const foldText = foldString
const foldCharCode = foldCode
const isAsciiAlnum = isAsciiAlnumCode
const isHan = isHanCode

const DOT = 0x2e
const COMMA = 0x2c
const PERCENT = 0x25
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39

/** A word of the text: folded form and UTF-16 offsets into the original string. */
export interface Token {
  text: string
  start: number
  end: number
}

/** Longest string handed to `Intl.Segmenter` in one call (UTF-16 units); longer lines split at punctuation. */
export const MAX_SEGMENT_CHARS = 300

/**
 * The suffix folded away from words of at least three characters, so `网格化` = `网格`, `常态化` = `常态`:
 * it turns a noun into an "-isation" without changing the policy topic.
 */
const FOLDED_SUFFIX = '化'
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
  return word.length >= MIN_LENGTH_FOR_SUFFIX_FOLD && word.endsWith(FOLDED_SUFFIX) ? word.slice(0, -FOLDED_SUFFIX.length) : word
}

/** True for a pure number (digits, `.`, `,`, `%`). */
function isNumeric(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if ((c < DIGIT_0 || c > DIGIT_9) && c !== DOT && c !== COMMA && c !== PERCENT) return false
  }
  return word.length > 0
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
 * and cut its token list at clause offsets, instead of calling the segmenter per clause. Pushed onto
 * `out` (a new list by default).
 */
export function termsOfTokens(tokens: readonly Token[], from = 0, to = tokens.length, out: string[] = []): string[] {
  // A run of single Han characters the segmenter did not join (tokens[runFirst, k)): its bigrams
  // stand in for the unknown word.
  let runFirst = from
  let runEnd = -1
  for (let k = from; k < to; k++) {
    const token = tokens[k]
    const w = token.text
    if (w.length === 1 && isHan(w.charCodeAt(0))) {
      if (token.start !== runEnd) {
        pushRunBigrams(tokens, runFirst, k, out)
        runFirst = k
      }
      runEnd = token.end
      continue
    }
    pushRunBigrams(tokens, runFirst, k, out)
    runFirst = k + 1
    runEnd = -1
    if (w.length < 2 || isNumeric(w)) continue
    out.push(foldWord(w))
  }
  pushRunBigrams(tokens, runFirst, to, out)
  return out
}

/** The bigrams of a run of one-character tokens, folded as a word (`网格化` → `网格`). */
function pushRunBigrams(tokens: readonly Token[], first: number, end: number, out: string[]): void {
  let last = end - 1
  if (end - first >= MIN_LENGTH_FOR_SUFFIX_FOLD && tokens[last].text === FOLDED_SUFFIX) last--
  for (let k = first; k < last; k++) out.push(pairText(tokens[k].text, tokens[k + 1].text))
}

/**
 * Two-character strings made by pairing single characters, by bigram key: every occurrence of a
 * pair shares one string (no allocation, one hash). Cleared past PAIR_CACHE_SIZE entries.
 */
const pairs = new Map<number, string>()
const PAIR_CACHE_SIZE = 1 << 16

function pairText(first: string, second: string): string {
  const key = bigramKey(first.charCodeAt(0), second.charCodeAt(0))
  let text = pairs.get(key)
  if (text === undefined) {
    if (pairs.size >= PAIR_CACHE_SIZE) pairs.clear()
    pairs.set(key, (text = first + second))
  }
  return text
}

/**
 * A character bigram as a key: two Han characters as one small integer (see bigramKey), an ASCII
 * word (`pm2.5`) as itself. Counting bigrams then makes no string per bigram and hashes none.
 */
export type BigramKey = number | string

/** First Han code point (CJK extension A); every isHan character is within 2^15 of it. */
const HAN_BASE = 0x3400
const HAN_BITS = 15

/** The key of the bigram of Han characters `first`, `second` (folded char codes): under 2^30, a small integer in every engine. */
export function bigramKey(first: number, second: number): number {
  return ((first - HAN_BASE) << HAN_BITS) | (second - HAN_BASE)
}

/** The key of a bigram given as text (`枫桥` or an ASCII word; the inverse of bigramText). */
export function bigramKeyOf(text: string): BigramKey {
  if (text.length !== 2) return text
  const first = text.charCodeAt(0)
  const second = text.charCodeAt(1)
  return isHan(first) && isHan(second) ? bigramKey(first, second) : text
}

/** The text of a bigram key (`枫桥`, or the ASCII word itself). */
export function bigramText(key: BigramKey): string {
  if (typeof key === 'string') return key
  return String.fromCharCode((key >> HAN_BITS) + HAN_BASE, (key & ((1 << HAN_BITS) - 1)) + HAN_BASE)
}

/**
 * Character bigrams of `text[start, end)` over runs of Han characters, after folding; an ASCII word
 * (`pm2.5`, `5g`) counts as one unit. Bigrams never span punctuation. Returns [] for empty input.
 */
export function charBigrams(text: string, start = 0, end = text.length): string[] {
  return bigramKeys(text, start, end).map(bigramText)
}

/** The bigrams of `text[start, end)` as charBigrams finds them, as keys (see BigramKey), pushed onto `out`. */
export function bigramKeys(text: string, start = 0, end = text.length, out: BigramKey[] = []): BigramKey[] {
  let prev = -1
  for (let i = start; i < end; i++) {
    const c = foldCharCode(text.charCodeAt(i))
    if (isHan(c)) {
      if (prev >= 0) out.push(bigramKey(prev, c))
      prev = c
    } else if (isAsciiAlnum(c)) {
      // An ASCII word runs over letters, digits and dots; trailing dots are not part of it.
      let j = i
      let last = i
      for (; j < end; j++) {
        const d = foldCharCode(text.charCodeAt(j))
        if (isAsciiAlnum(d)) last = j
        else if (d !== DOT) break
      }
      let word = ''
      for (let k = i; k <= last; k++) word += String.fromCharCode(foldCharCode(text.charCodeAt(k)))
      if (!isNumeric(word)) out.push(word)
      prev = -1
      i = j - 1
    } else {
      prev = -1
    }
  }
  return out
}
