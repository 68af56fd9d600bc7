// Guesses a document's title, place, administrative level, year and type from its opening lines,
// its signature and its file name. Only a first guess for the user to correct: it does not consult
// a gazetteer, so a place is any short name ending in an administrative suffix.

import type { AdminLevel, DocType, DocumentMetadata } from './types'

/** How many leading non-empty lines may hold the title and the issuing place. */
const HEAD_LINES = 12
/** How many trailing non-empty lines may hold the signature. */
const TAIL_LINES = 6
/** A title longer than this is a sentence of prose, not a heading. */
const MAX_TITLE = 60
/** Years outside this range are section numbers or amounts, not the document's year. */
const MIN_YEAR = 1949
const MAX_YEAR = 2100

const TITLE_WORDS = /(政府工作报告|工作报告|行动计划|实施方案|工作方案|行动方案|规划|实施意见|通知|决定|办法)/
const SUFFIX = '(?:特别行政区|自治区|自治州|自治县|街道|省|市|区|县|镇|乡)'
/** A run of names each ending in an administrative suffix, e.g. 深圳市盐田区. */
const PLACE_RUN = new RegExp(`(?:[\\u4e00-\\u9fff]{1,7}?${SUFFIX})+${SUFFIX}*`, 'g')
const PLACE_PART = new RegExp(`[\\u4e00-\\u9fff]*?${SUFFIX}`, 'g')
/** Whole words ending in an administrative suffix that are not place names (东城区 is a place; 城区 is not). */
const NOT_PLACE_WORD =
  /^(城区|社区|园区|景区|片区|辖区|全区|全市|全县|全镇|全省|我区|我市|我县|我镇|本区|本市|该区|城市|超市|街区|小区|老区|特区|城乡|下乡|各街道|各乡|各镇|各区|各县|各市|市区|都市|城镇|乡镇|集镇|地区|山区|库区|矿区|新区|市县|省市|区县)$/
/** Endings of compounds that are zones, not administrative units. */
const NOT_PLACE_END = /(示范区|开发区|保护区|功能区|试验区|先行区|自贸区|核心区|集聚区|风景区|度假区|产业园区|中心城区|主城区|老城区)$/
const isNotPlace = (name: string) => NOT_PLACE_WORD.test(name) || NOT_PLACE_END.test(name)
/** Leading characters that show a regex match started mid-phrase rather than at a name. */
const BAD_START = /^[的和在与及对为了是我各本全该一二三四五六七八九十年月日、，,]/
/** An outline label (一、 （一） 1. 第一章) opens a section heading, never the document title. */
const OUTLINE_LABEL =
  /^([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十百]+[章节部分])/
/** Prose names its government as <place><institution>: 温泉镇党委, 盐田区人民政府. Two-character stems only, as most names are. */
const PLACE_BEFORE_INSTITUTION = /(?=([\u4e00-\u9fff]{2}(?:省|市|区|县|镇|乡|街道))(?:党委|党工委|人民政府|政府|人大|委员会))/g
/** Stems holding a conjunction are two words, not a name (府和镇). */
const JOINED = /[和与及、]/
/** A line short enough and free of sentence punctuation is a title, heading or signature, where places are reliable. */
const MAX_LABEL_LINE = 30
/** How often a <place><institution> must recur in prose before it is taken as the issuing place. */
const MIN_PROSE_MENTIONS = 2
/** The formula that opens a government work report when its title is missing (excerpts, web copies). */
const REPORT_FORMULA =
  /(代表[\u4e00-\u9fff]{0,10}(人民政府|政府|国务院|國務院)[，,]?向[\u4e00-\u9fff]{0,20}(大会|会议|大會|會議)(作|报告|報告)|向大会报告(政府)?工作|作(政府)?工作(报告|報告))/
/** The national government speaks as 国务院 (or, in the 1950s, 中央人民政府). */
const NATIONAL_VOICE = /代表(国务院|國務院|中央人民政府)|国务院总理|國務院總理/
/** A work report reviews the year before the one it is for: 一、2021年工作回顾 opens the 2022 report. */
const REVIEW_HEADING = /^(?:[一1][、.．]\s*)?((?:19|20)\d{2})年[^。，,]{0,12}回顾/
/** Distance from a full-width digit (０ U+FF10) to its ASCII form. */
const FULLWIDTH_OFFSET = 0xff10 - 0x30
/** Everything up to the last date character or function word before a name. */
const NAME_PREFIX = /^.*[年月日的和在与及对为、，,]/
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/**
 * Finds the title: a short line naming a document type, a 《…》 document name, the title the source
 * declares (a web page's <title>), the file name, or the first short line.
 */
function guessTitle(head: string[], fileName?: string, titleHint?: string): string {
  for (const line of head) {
    if (
      line.length <= MAX_TITLE &&
      TITLE_WORDS.test(line) &&
      !/[。；;，,]/.test(line) &&
      !/[:：]$/.test(line) &&
      !OUTLINE_LABEL.test(line)
    ) {
      return line.replace(/^《/, '').replace(/》$/, '')
    }
  }
  for (const line of head) {
    const m = /《([^》]{4,60}?(?:报告|计划|方案|规划|意见|通知|办法))》/.exec(line)
    if (m) return m[1]!
  }
  // A declared title that names a document beats the file name; a bare site name does not.
  const hint = titleHint?.trim().slice(0, MAX_TITLE)
  const usableHint = hint && /[\u4e00-\u9fff]{2,}/.test(hint) ? hint : undefined
  if (usableHint && TITLE_WORDS.test(usableHint)) return usableHint
  if (fileName) {
    const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
    if (/[\u4e00-\u9fff]{2,}/.test(base)) return base
  }
  if (usableHint) return usableHint
  const first = head[0] ?? ''
  const looksLikeTitle =
    first.length <= MAX_TITLE && /[\u4e00-\u9fff]{2}/.test(first) && !/[。；;，,:：]/.test(first) && !OUTLINE_LABEL.test(first)
  return looksLikeTitle ? first : ''
}

function levelOf(place: string): AdminLevel {
  if (/(省|自治区|特别行政区)$/.test(place)) return 'province'
  if (/(市|自治州)$/.test(place)) return 'city'
  if (/区$/.test(place)) return 'district'
  if (/(县|自治县)$/.test(place)) return 'county'
  if (/(镇|乡|街道)$/.test(place)) return 'town'
  return 'unknown'
}

/** Lower levels rank higher: the issuing place is the most specific one named (深圳市盐田区 → 盐田区). */
const LEVEL_RANK: Record<AdminLevel, number> = {
  town: 5,
  village: 5,
  district: 4,
  county: 4,
  city: 3,
  province: 2,
  national: 1,
  unknown: 0,
}

/** Place names in a line, outermost first (深圳市盐田区 → 深圳市, 盐田区). */
export function findPlaces(line: string): string[] {
  const out: string[] = []
  for (const m of line.matchAll(PLACE_RUN)) {
    // Lazy splitting cuts names that contain a suffix character (沙市区 → 沙市 + 区): a part too short
    // to be a name belongs to the one before it.
    const parts: string[] = []
    for (const part of m[0].match(PLACE_PART) ?? []) {
      if (part.length < 2 && parts.length) parts[parts.length - 1] += part
      else parts.push(part)
    }
    // ...and a leading one-character part (市中区 → 市 + 中区) belongs to the one after it.
    if (parts.length > 1 && parts[0]!.length < 2) parts.splice(0, 2, parts[0]! + parts[1]!)
    for (const part of parts) {
      // A run can start mid-phrase (二〇二三年温泉镇): the name begins after the last date or function word.
      const name = part.replace(NAME_PREFIX, '')
      if (name.length >= 2 && name.length <= 8 && !isNotPlace(name) && !BAD_START.test(name)) out.push(name)
    }
  }
  return out
}

const isLabelLine = (l: string) => l.length <= MAX_LABEL_LINE && !/[。；;，,、！？!?]/.test(l)

/** The most often named <place><institution> in the prose, or nothing when no name recurs. */
function placeFromProse(text: string): string[] {
  const counts = new Map<string, number>()
  for (const m of text.matchAll(PLACE_BEFORE_INSTITUTION)) {
    const name = m[1]!
    if (JOINED.test(name) || BAD_START.test(name) || isNotPlace(name)) continue
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  // A single mention is as likely a verb + 区政府 (执行区人大) as a name; a name recurs.
  const best = [...counts].filter(([, n]) => n >= MIN_PROSE_MENTIONS).sort((a, b) => b[1] - a[1])[0]
  return best ? [best[0]] : []
}

/** Places from the title, else from short heading/signature lines at the edges, else from the prose. */
function guessPlaces(title: string, head: string[], tail: string[], text: string): string[] {
  const fromTitle = findPlaces(title)
  if (fromTitle.length) return fromTitle
  const fromEdges = [...tail, ...head].filter(isLabelLine).flatMap(findPlaces)
  return fromEdges.length ? fromEdges : placeFromProse(text)
}

function parseChineseYear(s: string): number | undefined {
  const digits = [...s].map((c) => CN_DIGITS[c])
  return digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined
}

/**
 * The year from the title, else from a review heading (一、2021年工作回顾 → 2022), else from a short
 * label line such as a dateline (——2022年3月5日在…). Years in prose are skipped: the opening of a
 * report talks about the year before, so they would be off by one as often as not.
 */
function guessYear(title: string, head: string[]): number | undefined {
  const plausible = (y: number | undefined): y is number => y !== undefined && y >= MIN_YEAR && y <= MAX_YEAR
  const yearIn = (s: string, loose: boolean): number | undefined => {
    const m = /((?:19|20)\d{2})\s*年/.exec(s) ?? (loose ? /((?:19|20)\d{2})/.exec(s) : null)
    if (m && plausible(Number(m[1]))) return Number(m[1])
    const c = /([〇零一二三四五六七八九]{4})年/.exec(s)
    const y = c ? parseChineseYear(c[1]!) : undefined
    return plausible(y) ? y : undefined
  }
  const fromTitle = title ? yearIn(title, true) : undefined
  if (fromTitle !== undefined) return fromTitle
  for (const s of head) {
    const review = REVIEW_HEADING.exec(s)
    if (review && plausible(Number(review[1]) + 1)) return Number(review[1]) + 1
  }
  for (const s of head) {
    if (isLabelLine(s.replace(/^[—–-]+/, '')) || /^[—–-]{1,2}/.test(s)) {
      const y = yearIn(s, false)
      if (y !== undefined) return y
    }
  }
  return undefined
}

function guessDocType(title: string, head: string[]): DocType {
  if (!title) return head.some((l) => REPORT_FORMULA.test(l)) ? 'government-work-report' : 'other'
  const probe = title
  if (/工作报告/.test(probe)) return 'government-work-report'
  if (/行动计划|实施方案|工作方案|行动方案/.test(probe)) return 'action-plan'
  if (/规划/.test(probe)) return 'plan'
  if (/通知/.test(probe)) return 'notice'
  return 'other'
}

/**
 * Guesses metadata from a document's text (cleaned or raw) and optionally its file name and the
 * title its source declares (a web page's <title>, used when no line of the text is a title).
 * Never throws; unknown fields are '' / 'unknown' / 'other' / undefined.
 */
export function guessMetadata(text: string, fileName?: string, titleHint?: string): DocumentMetadata {
  const lines = nonEmptyLines(text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULLWIDTH_OFFSET)))
  const head = lines.slice(0, HEAD_LINES)
  const tail = lines.slice(-TAIL_LINES).filter((l) => l.length <= MAX_TITLE)
  const title = guessTitle(head, fileName, titleHint)
  const national =
    (/国务院|國務院|中华人民共和国|全国人民代表大会/.test(title) && !findPlaces(title.replace(/中华人民共和国/g, '')).length) ||
    (!findPlaces(title).length && head.some((l) => NATIONAL_VOICE.test(l)))
  const meta: DocumentMetadata = { title, place: '', level: national ? 'national' : 'unknown', docType: guessDocType(title, head) }
  if (national) {
    meta.place = '中华人民共和国'
  } else {
    for (const p of guessPlaces(title, head, tail, text)) {
      const level = levelOf(p)
      if (level === 'province') meta.province ??= p
      else if (level === 'city') meta.city ??= p
      else if (level === 'district' || level === 'county') meta.district ??= p
      else if (level === 'town') meta.town ??= p
      if (LEVEL_RANK[level] > LEVEL_RANK[meta.level]) {
        meta.level = level
        meta.place = p
      }
    }
  }
  const year = guessYear(title, head)
  if (year !== undefined) meta.year = year
  meta.title = composedTitle(meta) ?? title
  return meta
}

/** The document type as titles name it. */
const TYPE_TITLES: Partial<Record<DocType, string>> = {
  'government-work-report': '政府工作报告',
  'action-plan': '行动计划',
  plan: '规划',
  notice: '通知',
}
/** A title this short that names neither place nor year (政府工作报告) tells reports apart by nothing. */
const MAX_GENERIC_TITLE = 8

/**
 * A title made of place, year and type (2024年国务院政府工作报告, 盐田区2023年政府工作报告) when the
 * text has none or only a generic one, so the library can tell such reports apart; else undefined.
 */
function composedTitle(meta: DocumentMetadata): string | undefined {
  const generic =
    meta.title === '' ||
    (meta.title.length <= MAX_GENERIC_TITLE && !findPlaces(meta.title).length && !/\d|[〇零一二三四五六七八九]{4}年/.test(meta.title))
  const type = TYPE_TITLES[meta.docType]
  if (!generic || !type || !meta.place) return undefined
  const year = meta.year !== undefined ? `${meta.year}年` : ''
  return meta.level === 'national' ? `${year}国务院${type}` : `${meta.place}${year}${type}`
}
