/**
 * A generated library of realistic reports, for the scale benchmark and the Playwright scale test.
 * Each report is recombined from the State Council's work reports (1992–2025, real section structure:
 * 一、… with their paragraphs) and the five local sample reports: its top-level sections are runs of
 * paragraphs taken from different source reports at the same position, the national wording is
 * localised (全国 → 全区, 国务院 → 区政府, 我国 → 我区), years are moved to the report's own year and
 * other figures rescaled, and a few local sample paragraphs (safety, ecology, grassroots governance)
 * are mixed in. Not copies: no two reports share a section's paragraph sequence by construction,
 * while the wording stays close enough for alignment and themes to find real matches.
 * Deterministic for a given seed. Deliberately simple about Chinese grammar (a rescaled figure may
 * read oddly); it models volume and structure, not quality of prose.
 *
 *   npx tsx bench/generate-corpus.ts OUT_DIR [count=300] [charsPerDocument=20000] [seed=1]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanText } from '../src/core/import/clean-text'
import { nationalReports } from '../tests/fixtures/corpora/national-reports'
import { createRandom } from '../tests/fixtures/random'
import { SEEDS_DIR } from './synthetic-corpus'

/** A generated report and the metadata it was made with. */
export interface GeneratedReport {
  /** File name, unique within a corpus (`NNNN-<place>-<year>.txt`). */
  name: string
  text: string
  place: string
  province: string
  level: 'district' | 'county' | 'city'
  year: number
}

export interface GenerateOptions {
  count: number
  /** Target length (UTF-16 units); a report ends at the first section past it. */
  charsPerDocument: number
  seed?: number
}

/** Earliest national report used: earlier ones are in traditional characters and lack 一、 headings. */
const FIRST_SOURCE_YEAR = 1992
/** Consecutive source paragraphs taken at a time (a run keeps a passage's own flow). */
const RUN_PARAGRAPHS = [2, 6] as const
/** Probability that a run is followed by a local sample paragraph. */
const P_LOCAL_PARAGRAPH = 0.25
/** Sections per report before the length target takes over. */
const MIN_SECTIONS = 3
/** Longest top-level section (characters): a long report has more sections, not endless ones. */
const MAX_SECTION_CHARS = 9_000
/** Section positions after the review that a long report's further sections draw on. */
const TASK_ROLES = 8
/** Source lines that are Wikisource markup left in the corpus, not report text. */
const DEBRIS = /^(粗体文字|'+|“|”)$/
/** Figures other than years are scaled into a district's range (a share of the national one). */
const FIGURE_SCALE = [0.005, 0.2] as const
/** Years generated reports are about. */
const YEARS = [2010, 2025] as const

const PROVINCES = ['广东省', '浙江省', '江苏省', '四川省', '山东省', '河南省', '湖北省', '福建省', '湖南省', '安徽省', '江西省', '云南省']
const NAME_HEADS = '东西南北青安平长新永福兴和宁丰盛阳江山河湖海林石金云华龙泉'
const NAME_TAILS = '城阳山江湖川平宁安兴和源州田溪桥港塘'
const LEVEL_SUFFIX = { district: '区', county: '县', city: '市' } as const
const LEVELS = ['district', 'district', 'county', 'city'] as const
const CN_DIGITS = '零一二三四五六七八九'

interface Source {
  year: number
  preamble: string[]
  sections: { heading: string; paragraphs: string[] }[]
}

/** The Chinese numeral for 1–99 (一 … 十 … 二十一), as top-level headings count. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${ones > 0 ? CN_DIGITS[ones] : ''}`
}

const TOP_HEADING = /^[一二三四五六七八九十]+、\s*(.*)$/

function toSource(year: number, text: string): Source | null {
  const source: Source = { year, preamble: [], sections: [] }
  // Cleaned as the importer cleans (the Wikisource licence notice and wiki markup go), so generated
  // reports don't carry page debris no real report has.
  for (const raw of cleanText(text).text.split('\n')) {
    const line = raw.trim()
    if (!line || DEBRIS.test(line) || !/[\u4e00-\u9fff]/.test(line)) continue
    const heading = TOP_HEADING.exec(line)
    if (heading) source.sections.push({ heading: heading[1]!, paragraphs: [] })
    else if (source.sections.length > 0) source.sections[source.sections.length - 1]!.paragraphs.push(line)
    else source.preamble.push(line)
  }
  return source.sections.length >= 2 ? source : null
}

function loadSources(): Source[] {
  return nationalReports()
    .filter((r) => r.year >= FIRST_SOURCE_YEAR)
    .map((r) => toSource(r.year, r.text))
    .filter((s): s is Source => s !== null)
}

/** Paragraphs of the sample reports long enough to be prose (not headings or web debris). */
function loadLocalParagraphs(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(SEEDS_DIR, f), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length >= 60 && /[。；]$/.test(line))
}

/** Rewrites national wording as a local government's, years relative to `shift`, figures rescaled. */
function localise(text: string, unit: string, yearShift: number, random: () => number): string {
  const scale = FIGURE_SCALE[0] + random() * (FIGURE_SCALE[1] - FIGURE_SCALE[0])
  return text
    .replace(/全国/g, `全${unit}`)
    .replace(/国务院/g, `${unit}政府`)
    .replace(/我国/g, `我${unit}`)
    .replace(/(19|20)\d{2}(?=年)/g, (y) => String(Number(y) + yearShift))
    .replace(/\d+(\.\d+)?(?=[万亿%个项家所公千])/g, (figure, decimals: string | undefined) => {
      const value = Number(figure) * scale
      return decimals ? value.toFixed(decimals.length - 1) : String(Math.max(1, Math.round(value)))
    })
}

/** Draws of place and year before a numbered head makes the place new. */
const MAX_REDRAWS = 20

function between(random: () => number, [lo, hi]: readonly [number, number]): number {
  return lo + Math.floor(random() * (hi - lo + 1))
}

/** Makes `options.count` reports (see the file header). Deterministic for a seed. */
export function generateCorpus(options: GenerateOptions): GeneratedReport[] {
  const random = createRandom(options.seed ?? 1)
  const sources = loadSources()
  const locals = loadLocalParagraphs()
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const reports: GeneratedReport[] = []
  // One report per place and year, as in a real library (the importer asks whether a second one is
  // a new version of the first).
  const taken = new Set<string>()
  for (let d = 0; d < options.count; d++) {
    const level = pick(LEVELS)
    const unit = LEVEL_SUFFIX[level]
    let place: string
    let year: number
    let tries = 0
    do {
      const head = tries++ < MAX_REDRAWS ? '' : chineseNumeral(1 + (d % 99))
      place = `${head}${pick([...NAME_HEADS])}${pick([...NAME_TAILS])}${unit}`
      year = between(random, YEARS)
    } while (taken.has(`${place}|${year}`))
    taken.add(`${place}|${year}`)
    const province = pick(PROVINCES)
    const lines = [`${place}${year}年政府工作报告`, '各位代表：']
    let length = lines.join('\n').length
    const opening = pick(sources)
    for (const p of opening.preamble.slice(1, 3)) lines.push(localise(p, unit, year - opening.year, random))
    for (let s = 0; s < MIN_SECTIONS || length < options.charsPerDocument; s++) {
      // Section s draws on the sources' section at the same position (review first, tasks after).
      // Past the first sections a long report repeats the middle (task) sections' roles.
      const role = s < MIN_SECTIONS ? s : 1 + Math.floor(random() * TASK_ROLES)
      const headingSource = pick(sources)
      lines.push(
        `${chineseNumeral(s + 1)}、${localise(headingSource.sections[Math.min(role, headingSource.sections.length - 1)]!.heading, unit, year - headingSource.year, random)}`,
      )
      const sectionBudget = Math.min(MAX_SECTION_CHARS, options.charsPerDocument / MIN_SECTIONS)
      for (let written = 0; written < sectionBudget;) {
        const source = pick(sources)
        const section = source.sections[Math.min(role, source.sections.length - 1)]!
        const run = between(random, RUN_PARAGRAPHS)
        const from = Math.floor(random() * Math.max(1, section.paragraphs.length - run))
        for (const p of section.paragraphs.slice(from, from + run)) {
          const line = localise(p, unit, year - source.year, random)
          lines.push(line)
          written += line.length + 1
        }
        if (random() < P_LOCAL_PARAGRAPH) lines.push(pick(locals))
        if (section.paragraphs.length === 0) written += sectionBudget / 4
      }
      length = lines.reduce((sum, line) => sum + line.length + 1, 0)
    }
    const name = `${String(d).padStart(4, '0')}-${place}-${year}.txt`
    reports.push({ name, text: lines.join('\n') + '\n', place, province, level, year })
  }
  return reports
}

/** Writes a generated corpus into `dir` (created if missing); returns the file paths. */
export function writeCorpus(dir: string, options: GenerateOptions): string[] {
  mkdirSync(dir, { recursive: true })
  return generateCorpus(options).map((report) => {
    const path = join(dir, report.name)
    writeFileSync(path, report.text)
    return path
  })
}

if (import.meta.filename === process.argv[1]) {
  const [dir, count = '300', chars = '20000', seed = '1'] = process.argv.slice(2)
  if (!dir) {
    process.stderr.write('usage: npx tsx bench/generate-corpus.ts OUT_DIR [count] [charsPerDocument] [seed]\n')
    process.exitCode = 2
  } else {
    const paths = writeCorpus(dir, { count: Number(count), charsPerDocument: Number(chars), seed: Number(seed) })
    process.stdout.write(`${paths.length} reports written to ${dir}\n`)
  }
}
