// Extracts quantified targets and results from report text: a number (Arabic or Chinese) with an
// optional magnitude (万, 亿), a range (5-8个, 5至8个), an approximation (10余个, 100多家), a unit
// (平方米, %, 个百分点, 个 …) and the phrase it measures. It deliberately skips what only looks like a
// figure: years and dates (年/月/日 are not units), ordinals (第三), outline labels (1. （1） 一是),
// document numbers (〔2023〕5号), tonnage classes (5万吨级) and idioms of small Chinese numerals (两个维护).

import { MAGNITUDES, parseChineseNumeral, parseNumber } from './chinese-numerals'
import { findMeasure } from './find-measure'
import type { Figure } from './types'
import { PERCENT_UNITS, SMALL_CHINESE_NUMERAL_UNITS, UNIT_SOURCE, isCounter } from './units'

/** Below this, a Chinese numeral with a counter is an idiom (两个维护, 一条龙, 三个一) more often than a count. */
const SMALL_CHINESE_NUMERAL = 10

const NUM = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)'
const MAG = Object.keys(MAGNITUDES)
  .sort((a, b) => b.length - a.length)
  .join('|')
const FIGURE = new RegExp(`(${NUM})(${MAG})?([%％])?(?:\\s*([-－~～—–至到])\\s*(${NUM})(${MAG})?)?(余|多)?(${UNIT_SOURCE})?`, 'gu')
const PERCENT_WORDS = /百分之([零〇一二两三四五六七八九十百]+|[0-9]+(?:\.[0-9]+)?)/g
/** Words before a number that make it approximate. */
const APPROX_BEFORE = /(约|近|超过|超|逾|多达|大约)$/
/** A figure glued to these is part of a code or another number (PM2.5 is measured, G20 is a name). */
const ARABIC_GLUE = /[A-Za-z0-9０-９.#_\-/]/
const CN_DIGIT = /[零〇一二两三四五六七八九十百千万亿第每]/
/** A unit followed by these is part of a longer word: 5万吨级 is a class, 一成不变 an idiom. */
const UNIT_GLUE: Record<string, RegExp> = { 吨: /级/, 成: /[不为了就功本员果效]/, 人: /[民才员口]/, 门: /[槛户类]/, 类: /[别型]/ }

function isArabic(written: string): boolean {
  return /^[0-9０-９]/.test(written)
}

interface Candidate {
  start: number
  end: number
  number: number
  magnitude: number
  valueMax: number
  isRange: boolean
  approximate: boolean
  unit: string
  percent: boolean
}

function readFigure(text: string, m: RegExpExecArray, offset: number): Candidate | undefined {
  const [whole, n1, m1, pct, sep, n2, m2, approx, unitGroup] = m
  const start = offset + m.index
  const before = text[start - 1] ?? ''
  const arabic = isArabic(n1!)
  if (before === '第' || (arabic ? ARABIC_GLUE.test(before) : CN_DIGIT.test(before))) return undefined
  if (!arabic && /^[百千]/.test(n1!)) return undefined // 千家万户, 百姓: a bare 百/千 is a word, not a number
  const number = parseNumber(n1!)
  if (Number.isNaN(number)) return undefined
  let unit = unitGroup ?? ''
  const end = start + whole!.length
  if (unit && UNIT_GLUE[unit]?.test(text[end] ?? '')) return undefined
  const magnitude = m1 ? MAGNITUDES[m1]! : 1
  const percent = Boolean(pct) || PERCENT_UNITS.has(unit)
  if (!unit && !percent && magnitude === 1) return undefined
  if (!unit && pct) unit = pct
  if (!arabic && magnitude === 1 && parseChineseNumeral(n1!) < SMALL_CHINESE_NUMERAL && !SMALL_CHINESE_NUMERAL_UNITS.has(unit))
    return undefined
  if (!arabic && unit === '成' && number < 2) return undefined
  if (isCounter(unit) && !arabic && magnitude === 1 && number < SMALL_CHINESE_NUMERAL) return undefined
  let valueMax = number * magnitude
  const isRange = Boolean(sep && n2)
  if (isRange) {
    const high = parseNumber(n2!)
    if (Number.isNaN(high)) return undefined
    valueMax = high * (m2 ? MAGNITUDES[m2]! : magnitude)
  }
  const approximate = Boolean(approx) || APPROX_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  return { start, end, number, magnitude, valueMax, isRange, approximate, unit, percent }
}

function scan(text: string, from: number, to: number): Candidate[] {
  const slice = text.slice(from, to)
  const found: Candidate[] = []
  FIGURE.lastIndex = 0
  for (let m = FIGURE.exec(slice); m; m = FIGURE.exec(slice)) {
    const figure = readFigure(text, m, from)
    if (figure) found.push(figure)
    // On a rejected match, try again one character on (十四五 → 四五 → 五), so nothing is skipped.
    else FIGURE.lastIndex = m.index + 1
  }
  for (const m of slice.matchAll(PERCENT_WORDS)) {
    const number = parseNumber(m[1]!)
    if (Number.isNaN(number)) continue
    const start = from + m.index
    found.push({
      start,
      end: start + m[0].length,
      number,
      magnitude: 1,
      valueMax: number,
      isRange: false,
      approximate: false,
      unit: '%',
      percent: true,
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The figures in `text`, in order. With `spans` (e.g. passages), only figures inside them are returned,
 * each with the index of its span, and measures are looked for inside the span only. Offsets are
 * UTF-16 code units into `text`. Empty text or text without figures gives [].
 */
export function extractFigures(text: string, spans?: readonly { start: number; end: number }[]): Figure[] {
  const ranges = spans ?? [{ start: 0, end: text.length }]
  const figures: Figure[] = []
  ranges.forEach((span, spanIndex) => {
    const from = Math.max(0, span.start)
    const to = Math.min(text.length, span.end)
    if (to <= from) return
    let floor = from
    for (const c of scan(text, from, to)) {
      if (c.start < floor) continue
      const measure = findMeasure(text, c.start, c.end, floor, to, isCounter(c.unit))
      figures.push({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        number: c.number,
        magnitude: c.magnitude,
        value: c.number * c.magnitude,
        valueMax: c.valueMax,
        isRange: c.isRange,
        approximate: c.approximate,
        unit: c.unit,
        percent: c.percent,
        ...(measure.change ? { change: measure.change } : {}),
        measure: measure.measure,
        ...(measure.measure ? { measureSpan: { start: measure.start, end: measure.end } } : {}),
        ...(spans ? { spanIndex } : {}),
      })
      floor = c.end
    }
  })
  borrowMeasures(text, figures)
  return figures
}

/** Characters that end the sentence a figure's measure can be borrowed within. */
const SENTENCE_END = /[。；;！!？?\n]/

/**
 * Gives figures without a measure the one their neighbour states for them: the next figure's in a
 * list joined by 、 (9宗、276亩地块 → both 地块), or the previous figure's for a bare change in the
 * same sentence (收入实现17575万元，同比增长6.08% → both 收入). Changes `figures` in place.
 */
function borrowMeasures(text: string, figures: Figure[]): void {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i]
    const next = figures[i + 1]
    if (f.measure || !next || next.spanIndex !== f.spanIndex || !next.measure || text.slice(f.end, next.start) !== '、') continue
    f.measure = next.measure
    f.measureSpan = next.measureSpan
  }
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i]
    const previous = figures[i - 1]
    if (
      f.measure ||
      !f.change ||
      previous.spanIndex !== f.spanIndex ||
      !previous.measure ||
      SENTENCE_END.test(text.slice(previous.end, f.start))
    )
      continue
    f.measure = previous.measure
    f.measureSpan = previous.measureSpan
  }
}
