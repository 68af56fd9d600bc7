import { describe, expect, it } from 'vitest'
import { echoedChars, findEchoes, indexReference, MIN_ECHO_CHARS } from '../../../src/core/trace'
import { foldForTrace, traceCode } from '../../../src/core/trace/fold-for-trace'
import { nationalReports } from '../../fixtures/corpora/national-reports'
import { plantSentences, sentencesOf, VARIANTS, type PlantedText } from '../../fixtures/trace/plant-sentences'
import { createRandom } from '../../fixtures/random'

const reports = nationalReports()
const REFERENCE = reports.find((r) => r.year === 2023)!.text
/** Filler from a report forty years earlier (other wording, same genre), without sentences the reference also has (the corpus's licence note). */
const FILLER = sentencesOf(reports.find((r) => r.year === 1985)!.text, 12, 60).filter((s) => !REFERENCE.includes(s))

/** Share of the planted reference wording (wording characters only) inside found echoes. */
function recall(planted: PlantedText, spans: { start: number; end: number }[]): number {
  const inside = new Uint8Array(planted.text.length)
  for (const s of spans) inside.fill(1, s.start, s.end)
  let total = 0
  let found = 0
  for (const plant of planted.plants)
    for (const r of plant.ranges)
      for (let i = r.start; i < r.end; i++) {
        if (traceCode(planted.text.charCodeAt(i)) === 0) continue
        total++
        found += inside[i]!
      }
  return found / total
}

describe('foldForTrace', () => {
  it('keeps wording only, folds width and case, and maps back to the original offsets', () => {
    const text = '推进“放管服”改革，\nＰＭ２．５ 下降'
    const folded = foldForTrace(text)
    expect(String.fromCharCode(...folded.codes)).toBe('推进放管服改革pm25下降')
    expect(text[folded.toOriginal[7]!]).toBe('Ｐ')
    expect(folded.paragraph[6]).toBe(0)
    expect(folded.paragraph[7]).toBe(1)
  })

  it('folds empty and punctuation-only text to nothing', () => {
    expect(foldForTrace('').length).toBe(0)
    expect(foldForTrace('，。！？ \n“”').length).toBe(0)
  })
})

describe('findEchoes', () => {
  const index = indexReference(REFERENCE)
  const planted = sentencesOf(REFERENCE, 20, 90)
  const pick = createRandom(11)
  const chosen = Array.from({ length: 120 }, () => planted[Math.floor(pick() * planted.length)]!)

  it.each(VARIANTS)('%s: finds 95 percent or more of reference sentences planted among unrelated text', (variant) => {
    const text = plantSentences(chosen, FILLER, 5, () => variant)
    const spans = findEchoes(index, text.text)
    expect(recall(text, spans)).toBeGreaterThanOrEqual(0.95)
  })

  it('finds ≥ 95% with all variants mixed, and almost nothing outside the planted wording', () => {
    const text = plantSentences(chosen, FILLER, 9, (i) => VARIANTS[i % VARIANTS.length]!)
    const spans = findEchoes(index, text.text)
    expect(recall(text, spans)).toBeGreaterThanOrEqual(0.95)
    // Planted wording and the local words inserted into it (inside an echo by design).
    const plantedAt = new Uint8Array(text.text.length)
    for (const p of text.plants) plantedAt.fill(1, p.ranges[0]!.start, p.ranges.at(-1)!.end)
    let outside = 0
    for (const s of spans) for (let i = s.start; i < s.end; i++) outside += plantedAt[i] ? 0 : 1
    expect(outside / echoedChars(spans)).toBeLessThan(0.02)
  })

  it('maps each echo to the reference wording it repeats', () => {
    const sentence = planted[3]!
    const text = `本区的具体措施是另外一回事。${sentence}。`
    const [span] = findEchoes(index, text)
    expect(span).toBeDefined()
    expect(text.slice(span!.start, span!.end)).toBe(REFERENCE.slice(span!.refStart, span!.refEnd))
  })

  it('keeps an echo whole across inserted local words and changed punctuation', () => {
    const text = '坚持以人民为中心的发展思想，我区始终把人民群众生命安全放在首位，结合实际推进安全生产专项整治。'
    const ref = indexReference('坚持以人民为中心的发展思想，始终把人民群众生命安全放在首位，推进安全生产专项整治。')
    const spans = findEchoes(ref, text)
    expect(spans).toHaveLength(1)
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe(
      '坚持以人民为中心的发展思想，我区始终把人民群众生命安全放在首位，结合实际推进安全生产专项整治',
    )
  })

  it('finds no echo where the texts share only slogans of four characters or fewer', () => {
    // Stock phrases of the reference: its pieces between punctuation marks that are 3–4 characters long.
    const slogans = Array.from(new Set(REFERENCE.split(/[，、。；：“”（）\n]/).filter((s) => s.length >= 3 && s.length <= 4)))
    const pool = FILLER.join('')
    const next = createRandom(3)
    let text = ''
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(next() * (pool.length - 12))
      text += pool.slice(at, at + 6 + Math.floor(next() * 6)) + slogans[Math.floor(next() * slogans.length)] + '，'
    }
    expect(slogans.length).toBeGreaterThan(5)
    expect(findEchoes(index, text)).toEqual([])
  })

  it('does not chain short stock phrases into an echo', () => {
    const ref = indexReference('推进安全生产和防灾减灾，加强生态环境保护。')
    // 安全生产 … 生态环境: two 4-character phrases 10 characters apart, nothing longer shared.
    expect(findEchoes(ref, '抓好安全生产检查工作，改善生态环境质量。')).toEqual([])
  })

  it('never runs an echo across a paragraph break', () => {
    const ref = indexReference('全面推进乡村振兴战略实施\n加快建设农业强国步伐')
    const spans = findEchoes(ref, '全面推进乡村振兴战略实施加快建设农业强国步伐')
    expect(spans.length).toBe(2)
  })

  it('finds nothing for empty or garbage input, and in an empty reference', () => {
    expect(findEchoes(index, '')).toEqual([])
    expect(findEchoes(index, '，，，。。。   \n\n')).toEqual([])
    expect(findEchoes(index, '\u0000\uffff'.repeat(50))).toEqual([])
    expect(findEchoes(indexReference(''), REFERENCE.slice(0, 500))).toEqual([])
  })

  it('finds the whole of a document that is the reference itself', () => {
    const text = REFERENCE.slice(0, 3000)
    const spans = findEchoes(index, text)
    expect(echoedChars(spans) / text.length).toBeGreaterThan(0.9)
    for (const s of spans) expect(s.end - s.start).toBeGreaterThanOrEqual(MIN_ECHO_CHARS)
  })
})
