// The shapes of outline labels in Chinese government documents and the value of their numbers:
// 一、 (cn-top), （一）/(一) (cn-paren), 1. 1、 1． (arabic), （1）/(1) (arabic-paren), and the inline
// enumerations 一是, 一要 and 第一， (cn-shi).
// It only recognises a label at a given position; whether the label is a real heading (numbering in
// sequence, position in a paragraph) is decided by parse-outline.

import type { HeadingKind } from './types'

/** Labels with numbers above this are figures or years, not outline items. */
export const MAX_LABEL_NUMBER = 199

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** The value of a small Chinese numeral (一 … 九十九, 百 accepted), or NaN when it is not one. */
export function parseChineseNumber(numeral: string): number {
  if (numeral.length === 0) return NaN
  let total = 0
  let digit = -1
  for (const ch of numeral) {
    if (ch in CN_DIGITS) {
      if (digit >= 0) return NaN
      digit = CN_DIGITS[ch]!
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100
      total += (digit < 0 ? 1 : digit) * unit
      digit = -1
    } else return NaN
  }
  return total + Math.max(digit, 0)
}

/** A label found at the start of a string. */
export interface LabelMatch {
  kind: HeadingKind
  /** The label as written, e.g. `（三）`, `12.`, `一是`. */
  label: string
  value: number
}

const CN = '[一二三四五六七八九十百]+'
const PATTERNS: { kind: HeadingKind; re: RegExp; cn: boolean }[] = [
  { kind: 'cn-top', re: new RegExp(`^(${CN})、`), cn: true },
  { kind: 'cn-paren', re: new RegExp(`^[（(](${CN})[）)]`), cn: true },
  // `(?!\d)` keeps 2.5 and 13.5 out; the label number is at most three digits, so 2023. is out too.
  { kind: 'arabic', re: /^(\d{1,3})[.、．](?![\d.])/, cn: false },
  { kind: 'arabic-paren', re: /^[（(](\d{1,3})[）)]/, cn: false },
  // 一要 but not 一要求/要素/要点/要件 (统一要求 is prose; a clause-start check in find-headings rules that out too).
  { kind: 'cn-shi', re: new RegExp(`^(${CN})(?:是(?![的否])|要(?![求素点件]))`), cn: true },
  { kind: 'cn-shi', re: new RegExp(`^第(${CN})[，,、]`), cn: true },
]

/** The outline label that `s` opens with, if any (without checking that it is a heading). */
export function matchLabel(s: string): LabelMatch | undefined {
  for (const { kind, re, cn } of PATTERNS) {
    const m = re.exec(s)
    if (!m) continue
    const value = cn ? parseChineseNumber(m[1]!) : Number(m[1])
    if (!Number.isFinite(value) || value < 1 || value > MAX_LABEL_NUMBER) continue
    return { kind, label: m[0], value }
  }
  return undefined
}

/** Outline kinds from the outermost; lead phrases and 一是 runs sit inside any numbered heading. */
export const KIND_RANK: Record<HeadingKind, number> = {
  'cn-top': 0,
  'cn-paren': 1,
  arabic: 2,
  'arabic-paren': 3,
  lead: 4,
  'cn-shi': 5,
}
