/**
 * Refuses references tracing cannot use, with a message a researcher can act on: a text with nothing
 * in it, a text without Chinese, a text in another language (tracing compares Chinese wording), and a
 * reference that is the document itself or one of its versions (the same text, or one that repeats
 * nearly all of the other at about the same length: an earlier import of a corrected report).
 * It deliberately judges texts only; which documents are offered as references is
 * default-references.ts's business.
 */
import { fail, ok, type Result } from '../result'
import { isHanCode } from './fold-for-trace'
import { echoedChars, type EchoSpan } from './find-echoes'

export type ReferenceErrorCode = 'NO_TEXT' | 'NO_CHINESE' | 'OTHER_LANGUAGE' | 'SAME_DOCUMENT' | 'EARLIER_VERSION'

/** Han characters a text needs before it is Chinese wording at all (a title line is not a report). */
export const MIN_HAN_CHARS = 20
/** Least share of Han among Han and letters (Latin, Cyrillic, …) for a Chinese text; reports quote some English. */
export const MIN_HAN_SHARE = 0.5
/** Kana or Hangul per Han character above which the text is Japanese or Korean. */
export const MAX_KANA_HANGUL_SHARE = 0.1
/** Share of a document echoed from the reference above which the two are versions of one text… */
export const VERSION_ECHO_SHARE = 0.8
/** …when their lengths are also this close (shorter / longer). */
export const VERSION_LENGTH_RATIO = 0.8

function isKanaOrHangul(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)
}

function isLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f)
  )
}

/**
 * Checks that `text` (named `name` in the message) is Chinese text tracing can compare.
 * @returns ok, or NO_TEXT / NO_CHINESE / OTHER_LANGUAGE with a message naming `name`
 */
export function checkTraceText(name: string, text: string): Result<void, ReferenceErrorCode> {
  if (text.trim() === '') return fail('NO_TEXT', `${name} has no text to trace`)
  let han = 0
  let letters = 0
  let kana = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHanCode(c)) han++
    else if (isKanaOrHangul(c)) kana++
    else if (isLetter(c)) letters++
  }
  if (kana > Math.max(1, han * MAX_KANA_HANGUL_SHARE))
    return fail('OTHER_LANGUAGE', `${name} is in another language (Japanese or Korean); tracing compares Chinese wording`)
  if (han < MIN_HAN_CHARS) {
    return letters > han
      ? fail('OTHER_LANGUAGE', `${name} is in another language; tracing compares Chinese wording`)
      : fail('NO_CHINESE', `${name} has no Chinese text to trace`)
  }
  if (han / (han + letters) < MIN_HAN_SHARE)
    return fail('OTHER_LANGUAGE', `${name} is mostly in another language; tracing compares Chinese wording`)
  return ok(undefined)
}

/** A document or reference as the pair check sees it. */
export interface TraceSide {
  name: string
  text: string
  /** The library's id, when there is one (the same id is the same document). */
  id?: string
}

/**
 * Refuses a reference that is the document itself or a version of it.
 * @param spans the document's echoes of the reference (findEchoes), used to recognise a version
 * @returns ok, or SAME_DOCUMENT / EARLIER_VERSION with a message naming both
 */
export function checkReferencePair(reference: TraceSide, traced: TraceSide, spans: readonly EchoSpan[]): Result<void, ReferenceErrorCode> {
  if ((reference.id !== undefined && reference.id === traced.id) || reference.text === traced.text) {
    return fail(
      'SAME_DOCUMENT',
      `${traced.name} is the reference ${reference.name} itself; choose a document from above it as the reference`,
    )
  }
  const shorter = Math.min(reference.text.length, traced.text.length)
  const longer = Math.max(reference.text.length, traced.text.length)
  const share = traced.text.length > 0 ? echoedChars(spans) / traced.text.length : 0
  if (share >= VERSION_ECHO_SHARE && shorter / longer >= VERSION_LENGTH_RATIO) {
    return fail(
      'EARLIER_VERSION',
      `${reference.name} is a version of ${traced.name} (${Math.round(share * 100)}% of its wording is the same); choose a document from above it as the reference`,
    )
  }
  return ok(undefined)
}
