/**
 * Synthetic corpora for benchmarks: government-report-like documents assembled from the sentences of
 * the bundled seed reports, shuffled and varied (numbers changed, clause order within sentences
 * permuted), with `（一）`-style headings. Deterministic for a given seed, so runs are comparable.
 * Shared by the benchmarks that need many documents (alignment, concordance, …).
 *
 *   const docs = syntheticCorpus({ documents: 200, charsPerDocument: 20_000, seed: 1 })
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRandom } from '../tests/fixtures/random'

/** The seed reports shipped with the repository. */
export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds')

/** A generated document. */
export interface SyntheticDocument {
  name: string
  text: string
}

export interface CorpusOptions {
  documents: number
  /** Target length of each document (UTF-16 units); documents end at the first paragraph past it. */
  charsPerDocument: number
  /** PRNG seed; the same seed gives the same corpus. */
  seed?: number
  seedsDir?: string
}

/** Sentences per paragraph (inclusive range) and paragraphs per section: typical of work reports. */
const SENTENCES_PER_PARAGRAPH = [2, 7] as const
const PARAGRAPHS_PER_SECTION = [3, 8] as const
/** Shortest seed sentence used: shorter ones are fragments, footers or headings. */
const MIN_SENTENCE_CHARS = 12
/** Probability of permuting the comma clauses of a sentence and of changing its numbers. */
const P_SHUFFLE_CLAUSES = 0.3
const P_CHANGE_NUMBERS = 0.5
const CN_NUMBERS = '一二三四五六七八九十'

/** Sentences (ending in 。！？；) and short heading-like lines of the seed reports. */
export function loadSeedMaterial(dir = SEEDS_DIR): { sentences: string[]; headings: string[] } {
  const sentences: string[] = []
  const headings: string[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const raw of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const line = raw.trim()
      if (!line) continue
      if (line.length < 40 && !/[。；]$/.test(line)) {
        headings.push(line.replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*/, ''))
        continue
      }
      for (const s of line.match(/[^。！？；]+[。！？；]/g) ?? []) if (s.length >= MIN_SENTENCE_CHARS) sentences.push(s)
    }
  }
  // Only clean Chinese lines make headings; the seeds' web-page debris (评论, 网站地图) does not.
  return { sentences, headings: headings.filter((h) => h.length >= 6 && /^[\u4e00-\u9fff“”、，]+$/.test(h)) }
}

function between(random: () => number, [lo, hi]: readonly [number, number]): number {
  return lo + Math.floor(random() * (hi - lo + 1))
}

function vary(sentence: string, random: () => number): string {
  let s = sentence
  if (random() < P_CHANGE_NUMBERS) s = s.replace(/\d+/g, (d) => String(Math.floor(random() * 10 ** d.length)))
  if (random() < P_SHUFFLE_CLAUSES) {
    const end = s.slice(-1)
    const clauses = s.slice(0, -1).split(/[，,]/)
    for (let i = clauses.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[clauses[i], clauses[j]] = [clauses[j], clauses[i]]
    }
    s = clauses.join('，') + end
  }
  return s
}

/** Generates `documents` synthetic reports of about `charsPerDocument` characters each. */
export function syntheticCorpus(options: CorpusOptions): SyntheticDocument[] {
  const random = createRandom(options.seed ?? 1)
  const { sentences, headings } = loadSeedMaterial(options.seedsDir)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const docs: SyntheticDocument[] = []
  for (let d = 0; d < options.documents; d++) {
    const parts: string[] = []
    let length = 0
    for (let section = 0; length < options.charsPerDocument; section++) {
      const heading = `（${CN_NUMBERS[section % CN_NUMBERS.length]}）${pick(headings)}`
      parts.push(heading)
      length += heading.length + 1
      const paragraphs = between(random, PARAGRAPHS_PER_SECTION)
      for (let p = 0; p < paragraphs && length < options.charsPerDocument; p++) {
        const n = between(random, SENTENCES_PER_PARAGRAPH)
        const paragraph = Array.from({ length: n }, () => vary(pick(sentences), random)).join('')
        parts.push(paragraph)
        length += paragraph.length + 1
      }
    }
    docs.push({ name: `synthetic-${String(d).padStart(4, '0')}.txt`, text: parts.join('\n') + '\n' })
  }
  return docs
}
