/**
 * Passages: the unit of alignment (headings, paragraphs, sentence runs of long paragraphs), with
 * UTF-16 offsets into the document text and their enclosing headings.
 */
export type { Passage } from './types'
export { segmentPassages, MAX_PASSAGE_CHARS } from './segment-passages'
