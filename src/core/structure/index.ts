// The structure of a report: paragraphs, sentences and the outline, all as offsets into its text.
// Pure and synchronous; the text is the importer's cleaned text (one paragraph per line).

import { findHeadings } from './find-headings'
import { parseOutline } from './parse-outline'
import { splitParagraphs } from './split-paragraphs'
import { splitSentences } from './split-sentences'
import type { DocumentStructure, OutlineNode } from './types'

export * from './types'
export { parseChineseNumber } from './heading-patterns'
export { splitParagraphs } from './split-paragraphs'

/**
 * Parses `text` (cleaned: one paragraph per line) into outline, paragraphs and sentences. Headings
 * end sentences. Offsets are UTF-16 code units into `text`. Never throws; empty or garbage text gives
 * an empty outline (and whatever paragraphs the text has).
 */
export function parseStructure(text: string): DocumentStructure {
  const paragraphs = splitParagraphs(text)
  const headings = findHeadings(text, paragraphs)
  const sentences = splitSentences(text, paragraphs, new Set(headings.map((h) => h.heading.end)))
  return { outline: parseOutline(text, headings), paragraphs, sentences }
}

/** All nodes of an outline in document order (depth first). */
export function flattenOutline(outline: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = []
  const walk = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      out.push(n)
      walk(n.children)
    }
  }
  walk(outline)
  return out
}
