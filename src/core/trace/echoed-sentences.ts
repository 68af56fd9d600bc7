/**
 * The reference sentences most repeated across a library: each reference sentence, the documents
 * whose echoes cover enough of it, and where in each document. A sentence counts for a document when
 * the echoes mapping into it cover ECHOED_SENTENCE_SHARE of its characters or MIN_SENTENCE_ECHO of
 * them (a long sentence repeated in part still counts). Sentences are cut as the reader cuts them
 * (structure/split-sentences.ts). It deliberately ranks by the number of documents, not of repeats.
 */
import { splitParagraphs } from '../structure/split-paragraphs'
import { splitSentences } from '../structure/split-sentences'
import type { EchoSpan } from './find-echoes'

/** Share of a reference sentence a document must repeat for the sentence to count as echoed there. */
export const ECHOED_SENTENCE_SHARE = 0.5
/** Echoed characters that make a long sentence count even below the share. */
export const MIN_SENTENCE_ECHO = 30

/** One document's echoes, named by the caller (a document id or a file). */
export interface DocumentEchoes {
  id: string
  spans: readonly EchoSpan[]
}

/** A reference sentence and the documents that repeat it. */
export interface EchoedSentence {
  /** UTF-16 offsets into the reference text. */
  start: number
  end: number
  text: string
  /** Each repeating document with its echoes that fall in this sentence (document offsets). */
  places: { id: string; spans: EchoSpan[] }[]
}

/**
 * The reference's sentences that at least one document repeats, the most widely repeated first
 * (then by echoed characters, then in reference order), at most `limit` of them.
 */
export function mostEchoedSentences(referenceText: string, documents: readonly DocumentEchoes[], limit = 20): EchoedSentence[] {
  const sentences = splitSentences(referenceText, splitParagraphs(referenceText))
  const found = new Map<number, { places: { id: string; spans: EchoSpan[] }[]; echoed: number }>()
  for (const doc of documents) {
    const byRef = [...doc.spans].sort((a, b) => a.refStart - b.refStart)
    const covered = new Map<number, { echoed: number; spans: EchoSpan[] }>()
    let s = 0
    for (const span of byRef) {
      while (s < sentences.length && sentences[s]!.end <= span.refStart) s++
      for (let k = s; k < sentences.length && sentences[k]!.start < span.refEnd; k++) {
        const n = Math.min(span.refEnd, sentences[k]!.end) - Math.max(span.refStart, sentences[k]!.start)
        if (n <= 0) continue
        const entry = covered.get(k) ?? { echoed: 0, spans: [] }
        entry.echoed += n
        entry.spans.push(span)
        covered.set(k, entry)
      }
    }
    for (const [k, entry] of covered) {
      const length = sentences[k]!.end - sentences[k]!.start
      if (entry.echoed < Math.min(MIN_SENTENCE_ECHO, length * ECHOED_SENTENCE_SHARE)) continue
      const row = found.get(k) ?? { places: [], echoed: 0 }
      row.places.push({ id: doc.id, spans: entry.spans })
      row.echoed += entry.echoed
      found.set(k, row)
    }
  }
  return [...found.entries()]
    .sort(([ka, a], [kb, b]) => b.places.length - a.places.length || b.echoed - a.echoed || ka - kb)
    .slice(0, Math.max(0, limit))
    .map(([k, row]) => {
      const { start, end } = sentences[k]!
      return { start, end, text: referenceText.slice(start, end), places: row.places }
    })
}
