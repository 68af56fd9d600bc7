/**
 * One-call analysis of a document text for themes: structure, passages, classification. The app's
 * worker and the CLI use it so both produce the same passages and themes. It deliberately does not
 * align documents (see align/).
 */
import { segmentPassages } from '../passages/segment-passages'
import { parseStructure } from '../structure'
import type { DocumentStructure } from '../structure/types'
import { classifyPassages, type ClassifiedPassage } from './classify-passages'
import { compileThemeMatcher, indexThemeTerms, type ThemeMatcher } from '../terms'
import { policyConceptCodebook } from './policy-concepts'

let concepts: ThemeMatcher | undefined

/**
 * Version of what classifyDocument returns for a given text and codebook. Raise it whenever the cutting
 * or the classification rules change, so analyses cached under the previous rules are made again
 * (2: runs also cut where a sentence names another sub-theme; 3: traditional characters match simplified terms).
 */
export const ANALYSIS_VERSION = 3

/**
 * Parses `text`, cuts it into passages and classifies them with `matcher`. Offsets are UTF-16 units
 * into `text`. With `matches: false` the evidence carries no term matches (same themes, less work).
 * `structure` is `parseStructure(text)` when the caller has it already (parsed once, used twice).
 * Returns [] for an empty text.
 */
export function classifyDocument(
  text: string,
  matcher: ThemeMatcher,
  options: { matches?: boolean; structure?: DocumentStructure } = {},
): ClassifiedPassage[] {
  if (text.trim() === '') return []
  concepts ??= compileThemeMatcher(policyConceptCodebook())
  // One walk of the text for the codebook's terms serves segmentation and classification.
  const themeIndex = indexThemeTerms(matcher, text)
  const subthemeIndex = matcher.subthemes && indexThemeTerms(matcher.subthemes.matcher, text)
  const passages = segmentPassages(text, options.structure ?? parseStructure(text), { matcher, concepts, themeIndex, subthemeIndex })
  return classifyPassages(text, passages, matcher, { index: themeIndex, subthemeIndex, matches: options.matches })
}
