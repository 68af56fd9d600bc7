/**
 * Term matching: finds weighted terms of many themes in text on folded text (width, case, quotation
 * marks). Below the themes (which score matches into classifications) and the passages (which use
 * matches to keep a theme's evidence inside one passage), so neither imports the other.
 */
export {
  compileThemeMatcher,
  countWords,
  indexThemeTerms,
  matchIndexed,
  matchTerms,
  scanIndexed,
  scanThemeTerms,
  type TermIndex,
  type TermMatch,
  type SubthemeMatcher,
  type ThemeMatcher,
} from './match-terms'
