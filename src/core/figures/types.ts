/** A quantified target or result found in a document: a number with its unit and what it measures. */
export interface Figure {
  /** The figure as written, e.g. `4.5万平方米`, `5至8个`, `增长6.5%` starts at the number: offsets are UTF-16 code units. */
  start: number
  end: number
  /** `text.slice(start, end)`. */
  text: string
  /** The number as written before its magnitude: 4.5 for `4.5万平方米`, 1 for `一万`. */
  number: number
  /** The magnitude word's multiplier: 1, 1e3 (千), 1e4 (万), 1e6 (百万), 1e7 (千万), 1e8 (亿), 1e12 (万亿). */
  magnitude: number
  /** The full value, `number × magnitude` (45000 for `4.5万平方米`); the low end of a range. */
  value: number
  /** The high end of a range (`5至8个` → 8); equal to `value` when not a range. */
  valueMax: number
  /** True for `5-8个`, `5至8个`, `5%～8%`. */
  isRange: boolean
  /** True for `10余个`, `100多家`, `约3万人`, `近5亿元`, `超10万人次`. */
  approximate: boolean
  /** The unit after the number (`平方米`, `个`, `%`, `个百分点`); empty for a bare magnitude like `3亿`. */
  unit: string
  /** True for %, ％, ‰, 个百分点, 百分点 and 百分之… */
  percent: boolean
  /** The direction when the figure follows a verb of change (增长, 提高 / 下降, 减少 …). */
  change?: 'increase' | 'decrease'
  /** The phrase the figure measures: `新建公园` for `新建公园5个`, `地区生产总值` for `地区生产总值增长6.5%`. May be empty. */
  measure: string
  /** Where `measure` is in the text; absent when empty. */
  measureSpan?: { start: number; end: number }
  /** Index into the `spans` passed to extractFigures, when spans were given. */
  spanIndex?: number
}
