/**
 * Themes: the codebook (built-in themes, validation, JSON round trip), term matching and multi-label
 * passage classification with evidence. Typical use:
 *
 *   const matcher = compileThemeMatcher(builtinCodebook())
 *   const classified = classifyPassages(text, segmentPassages(text, parseStructure(text), { matcher }), matcher)
 */
export { resolveThemeCode, subthemeKey, type Codebook, type CodebookVersion, type SubTheme, type Theme, type ThemeTerm } from './types'
export { builtinCodebook, BUILTIN_THEME_IDS, ENVIRONMENT_WORDS } from './builtin-codebook'
export { builtinSubthemes } from './builtin-subthemes'
export { migrateCodebook, CODEBOOK_VERSION } from './migrate-codebook'
export { classifySubthemes } from './classify-subthemes'
export { validateCodebook, toCodebookJson, fromCodebookJson, type CodebookErrorCode } from './validate-codebook'
export { compileThemeMatcher, matchTerms, countWords, type ThemeMatcher, type TermMatch } from '../terms'
export {
  classifyPassages,
  themeShares,
  scoreMatches,
  THEME_MIN_SCORE,
  type ClassifiedPassage,
  type ThemeEvidence,
} from './classify-passages'
export { policyConceptCodebook } from './policy-concepts'
export { classifyDocument } from './classify-document'
