// Figures: quantified targets and results (number + unit + what it measures) in report text.
// Pure; offsets are UTF-16 code units into the text given.

export { extractFigures } from './extract-figures'
export { parseChineseNumeral, parseNumber } from './chinese-numerals'
export type { Figure } from './types'
