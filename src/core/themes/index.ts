/**
 * Themes: the codebook (built-in themes, validation, JSON round trip), term matching and multi-label
 * passage classification with evidence. Typical use:
 *
 *   const matcher = compileThemeMatcher(builtinCodebook())
 *   const classified = classifyPassages(text, segmentPassages(text, parseStructure(text), { matcher }), matcher)
 */
export { resolveThemeCode, subthemeKey, type Codebook, type SubTheme, type Theme, type ThemeTerm } from './types'
export { builtinCodebook, BUILTIN_THEME_IDS, ENVIRONMENT_WORDS } from './builtin-codebook'
export { migrateCodebook } from './migrate-codebook'
export { validateCodebook, toCodebookJson, fromCodebookJson, type CodebookErrorCode } from './validate-codebook'
export { compileThemeMatcher, matchTerms, countWords, type ThemeMatcher } from '../terms'
export { classifyPassages, themeShares, type ClassifiedPassage } from './classify-passages'
export { policyConceptCodebook } from './policy-concepts'
export { ANALYSIS_VERSION, classifyDocument } from './classify-document'
