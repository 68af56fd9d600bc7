/** The codebook feature: the user's themes (useCodebook) and the view that edits them. */
import './codebook.css'
export { useCodebook, themeLabel, themeOptions, type CodebookState } from './useCodebook'
export { CodebookView } from './CodebookView'
export { codesWithTheme, themeCodeOptions } from './theme-codes'
