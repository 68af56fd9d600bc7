// Word's automatic list numbering for the .docx importer. Reports typed in Word often number their
// headings with numbering definitions (一、 （一） 1.) instead of typing them: the labels are not in
// the text runs, so without this the outline would lose them. It reads word/numbering.xml and the
// numbering of paragraph styles in word/styles.xml, counts per list and level in document order, and
// renders each label from its level text (%1、, （%2）). It deliberately ignores bullets, legal
// renumbering across lists and picture bullets: they never carry an outline number.

/** One level of a numbering definition. */
interface NumberingLevel {
  format: string
  /** Level text such as `%1、` or `（%2）`; `%n` stands for level n's counter. */
  text: string
  start: number
}

/** A paragraph's numbering reference. */
interface NumberingRef {
  numId: string
  level: number
}

/** Largest number rendered in Chinese counting (一 … 九十九); larger ones fall back to digits. */
const MAX_CHINESE_COUNT = 99
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸']
const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]
const FULL_WIDTH_ZERO = 0xff10
const CIRCLED_ONE = 0x2460
const MAX_CIRCLED = 20
/** Word's deepest list level (levels are 0–8). */
const MAX_LEVEL = 8

function chineseCount(n: number): string {
  if (n < 1 || n > MAX_CHINESE_COUNT) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CN_DIGITS[tens]}十`}${CN_DIGITS[ones]}`
}

function roman(n: number): string {
  let out = ''
  let rest = n
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

function letters(n: number): string {
  // Word repeats the letter past Z: AA, BB, …
  const letter = String.fromCharCode(0x41 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

/** A counter in one of Word's number formats (w:numFmt); '' for bullets and "none". */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseCount(n)
    case 'ideographTraditional':
      return HEAVENLY_STEMS[n - 1] ?? String(n)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('')
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= MAX_CIRCLED ? String.fromCharCode(CIRCLED_ONE + n - 1) : String(n)
    case 'upperLetter':
      return letters(n)
    case 'lowerLetter':
      return letters(n).toLowerCase()
    case 'upperRoman':
      return roman(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'bullet':
    case 'none':
      return ''
    default:
      return String(n)
  }
}

/** Longest tag and value the attribute reader looks through: bounded, so a hostile part stays linear. */
const MAX_TAG = 2000
const MAX_VALUE = 256

/** The w:val of the first `<w:name …>` in `xml`. */
const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`<w:${name}\\b[^>]{0,${MAX_TAG}}?\\bw:val="([^"]{0,${MAX_VALUE}})"`).exec(xml)?.[1]

/** An attribute of a start tag's attribute text (`w:abstractNumId="3"`). */
const ownAttr = (attrs: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]{0,${MAX_VALUE}})"`).exec(attrs)?.[1]

/**
 * The `<name …>…</name>` elements of `xml`, in order, as their attribute text and content. Linear:
 * each search starts where the last element ended, and an element left open ends the walk.
 */
function* elementsNamed(xml: string, name: string): Generator<{ attrs: string; body: string }> {
  const open = `<${name}`
  const close = `</${name}>`
  let at = 0
  for (;;) {
    const start = xml.indexOf(open, at)
    if (start < 0) return
    const next = xml.charCodeAt(start + open.length)
    at = start + open.length
    // `<w:num` must not match `<w:numPr` or `<w:numbering`.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue
    const gt = xml.indexOf('>', at)
    if (gt < 0) return
    const attrs = xml.slice(at, gt)
    if (attrs.endsWith('/')) {
      at = gt + 1
      yield { attrs, body: '' }
      continue
    }
    const end = xml.indexOf(close, gt)
    if (end < 0) return
    at = end + close.length
    yield { attrs, body: xml.slice(gt + 1, end) }
  }
}

/** The w:numPr of a paragraph's or style's properties, if any. */
function numberingRefOf(xml: string): NumberingRef | undefined {
  const numPr = elementsNamed(xml, 'w:numPr').next().value?.body
  if (!numPr) return undefined
  const numId = attr(numPr, 'numId')
  if (numId === undefined) return undefined
  return { numId, level: Number(attr(numPr, 'ilvl') ?? 0) || 0 }
}

function parseLevels(abstractXml: string): NumberingLevel[] {
  const levels: NumberingLevel[] = []
  for (const { attrs, body } of elementsNamed(abstractXml, 'w:lvl')) {
    const ilvl = Number(ownAttr(attrs, 'w:ilvl'))
    // Word has nine levels (0–8); anything else is not a level (and would make a huge sparse array).
    if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > MAX_LEVEL) continue
    levels[ilvl] = {
      format: attr(body, 'numFmt') ?? 'decimal',
      text: attr(body, 'lvlText') ?? '',
      start: Number(attr(body, 'start') ?? 1) || 1,
    }
  }
  return levels
}

/**
 * Numbering state over one document: call {@link DocxNumbering.labelFor} for each paragraph in order.
 * Built from the numbering and styles parts (either may be missing).
 */
export class DocxNumbering {
  private readonly abstracts = new Map<string, NumberingLevel[]>()
  private readonly nums = new Map<string, { abstractId: string; restarts: Map<number, number> }>()
  /** Lists (numIds) already used: a list's start overrides apply once, at its first paragraph. */
  private readonly used = new Set<string>()
  private readonly styles = new Map<string, NumberingRef>()
  private readonly counters = new Map<string, number[]>()

  constructor(numberingXml = '', stylesXml = '') {
    for (const { attrs, body } of elementsNamed(numberingXml, 'w:abstractNum')) {
      const id = ownAttr(attrs, 'w:abstractNumId')
      if (id !== undefined) this.abstracts.set(id, parseLevels(body))
    }
    for (const { attrs, body } of elementsNamed(numberingXml, 'w:num')) {
      const numId = ownAttr(attrs, 'w:numId')
      const abstractId = attr(body, 'abstractNumId')
      if (numId === undefined || abstractId === undefined) continue
      // <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>: this list restarts the shared definition.
      const restarts = new Map<number, number>()
      for (const o of elementsNamed(body, 'w:lvlOverride')) {
        const ilvl = Number(ownAttr(o.attrs, 'w:ilvl'))
        const start = attr(o.body, 'startOverride')
        if (start !== undefined && Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= MAX_LEVEL) restarts.set(ilvl, Number(start) || 1)
      }
      this.nums.set(numId, { abstractId, restarts })
    }
    for (const { attrs, body } of elementsNamed(stylesXml, 'w:style')) {
      const id = ownAttr(attrs, 'w:styleId')
      const ref = id === undefined ? undefined : numberingRefOf(body)
      if (id !== undefined && ref) this.styles.set(id, ref)
    }
  }

  /**
   * The label Word shows before the paragraph whose properties are `paragraphProperties` (the inside
   * of its w:pPr), e.g. `（二）`, advancing the list's counters; '' when it is not numbered.
   */
  labelFor(paragraphProperties: string): string {
    const style = attr(paragraphProperties, 'pStyle')
    const own = numberingRefOf(paragraphProperties)
    const fromStyle = style !== undefined ? this.styles.get(style) : undefined
    // A paragraph's own numPr overrides its style's; numId 0 switches numbering off.
    const ref = own ?? fromStyle
    if (!ref || ref.numId === '0') return ''
    const num = this.nums.get(ref.numId)
    const levels = num ? this.abstracts.get(num.abstractId) : undefined
    const level = levels?.[ref.level]
    if (!num || !levels || !level || level.format === 'bullet' || level.format === 'none') return ''
    // Lists that share a definition share its counters (Word continues them), unless one restarts.
    const counts = this.counters.get(num.abstractId) ?? []
    if (!this.used.has(ref.numId)) {
      this.used.add(ref.numId)
      for (const [lvl, start] of num.restarts) counts[lvl] = start - 1
    }
    counts[ref.level] = (counts[ref.level] ?? level.start - 1) + 1
    // A new item at one level restarts every deeper level.
    counts.length = ref.level + 1
    this.counters.set(num.abstractId, counts)
    return level.text.replace(/%(\d)/g, (_m, n: string) => {
      const k = Number(n) - 1
      const lvl = levels[k]
      return lvl ? formatNumber(counts[k] ?? lvl.start, lvl.format) : ''
    })
  }
}
