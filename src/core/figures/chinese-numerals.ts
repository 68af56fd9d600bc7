// Reads numbers as Chinese reports write them: Arabic digits (ASCII or full-width, with decimals),
// Chinese numerals (二十三, 两千, 一百零五) and magnitude words (万, 亿, 千万, 万亿).
// It deliberately does not read financial numerals (壹贰叁) or fractions (三分之一).

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** Multipliers of the magnitude words that may follow a number. */
export const MAGNITUDES: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
}

/**
 * The value of a Chinese numeral below 万 (一 … 九千九百九十九): 二十三 → 23, 两千 → 2000, 一百零五 → 105,
 * 十二 → 12. NaN when the string is not such a numeral (empty, 十四五 run-together numbers, other characters).
 */
export function parseChineseNumeral(numeral: string): number {
  if (numeral.length === 0) return NaN
  let total = 0
  let digit = -1
  let lastUnit = Infinity
  for (const ch of numeral) {
    if (ch in DIGITS) {
      // Two digits in a row (十四五, 一一) is a list of numbers, not one number; 零 may precede a digit.
      if (digit > 0) return NaN
      digit = DIGITS[ch]!
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!
      if (unit >= lastUnit) return NaN
      total += (digit < 0 ? 1 : digit) * unit
      lastUnit = unit
      digit = -1
    } else return NaN
  }
  return total + Math.max(digit, 0)
}

/** Converts full-width digits and the full-width point to ASCII. */
function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)))
}

/** The value of a number as written, Arabic (`13.5`, `１２`) or Chinese (`二十三`); NaN when neither. */
export function parseNumber(written: string): number {
  if (/^[0-9０-９]/.test(written)) {
    const n = Number(toAsciiDigits(written))
    return Number.isFinite(n) ? n : NaN
  }
  return parseChineseNumeral(written)
}
