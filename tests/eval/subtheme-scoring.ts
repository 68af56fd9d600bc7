// Scores sub-theme classification against the blind gold set (tests/fixtures/subthemes/gold.json):
// each gold paragraph is found in the text the app works on, the engine's passages covering it give
// its predicted themes and sub-themes, and precision and recall are counted per label. The baseline
// counts keywords in the paragraph alone: a theme or sub-theme is assigned when two or more
// occurrences of its terms appear (no weights, headings or nesting).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDocuments } from '../../src/cli/runtime/load-documents'
import { builtinCodebook, classifyDocument, compileThemeMatcher, matchTerms, subthemeKey, type Codebook } from '../../src/core/themes'

export const ROOT = join(import.meta.dirname, '..', '..')
export const GOLD_FILE = join(ROOT, 'tests', 'fixtures', 'subthemes', 'gold.json')

export interface GoldPassage {
  file: string
  quote: string
  themes: string[]
  subthemes: string[]
}

/** Labels of one passage, gold or predicted. */
export interface Labels {
  themes: string[]
  subthemes: string[]
}

/** Counts of one label over the gold set. */
export interface LabelScore {
  label: string
  gold: number
  truePositives: number
  predicted: number
}

export const precision = (s: { truePositives: number; predicted: number }): number => (s.predicted ? s.truePositives / s.predicted : 0)
export const recall = (s: { truePositives: number; gold: number }): number => (s.gold ? s.truePositives / s.gold : 0)

/** A passage counts for a gold paragraph when at least half of the passage, or of the paragraph, lies in the other. */
function covers(p: { start: number; end: number }, start: number, end: number): boolean {
  const overlap = Math.min(p.end, end) - Math.max(p.start, start)
  return overlap > 0 && (overlap * 2 >= p.end - p.start || overlap * 2 >= end - start)
}

function keywordBaseline(text: string, codebook: Codebook): Labels {
  const flat = { themes: codebook.themes.map((t) => ({ id: t.id, terms: t.terms })) }
  const subs = { themes: codebook.themes.flatMap((t) => (t.subthemes ?? []).map((s) => ({ id: subthemeKey(t.id, s.id), terms: s.terms }))) }
  const pick = (lists: { themes: { id: string }[] }, matches: unknown[][]) =>
    lists.themes.filter((_, i) => matches[i].length >= 2).map((t) => t.id)
  return {
    themes: pick(flat, matchTerms(compileThemeMatcher(flat), text)),
    subthemes: pick(subs, matchTerms(compileThemeMatcher(subs), text)),
  }
}

/** The gold set (or `file`, such as the development set tests/fixtures/subthemes/dev.json) with the engine's and the baseline's labels for each paragraph. */
export async function labelGold(
  codebook: Codebook = builtinCodebook(),
  file = GOLD_FILE,
): Promise<{ gold: GoldPassage; ours: Labels; baseline: Labels }[]> {
  const gold: GoldPassage[] = JSON.parse(readFileSync(file, 'utf8')).passages
  const files = [...new Set(gold.map((g) => g.file))]
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => process.stderr.write(s) } }
  const { loaded } = await loadDocuments(
    files.map((f) => join(ROOT, f)),
    io,
  )
  const matcher = compileThemeMatcher(codebook)
  const docs = new Map(loaded.map(({ doc }, i) => [files[i], { text: doc.text, passages: classifyDocument(doc.text, matcher) }]))
  return gold.map((g) => {
    const doc = docs.get(g.file)
    const start = doc ? doc.text.indexOf(g.quote) : -1
    if (!doc || start < 0) throw new Error(`gold quote not found in ${g.file}: ${g.quote.slice(0, 20)}…`)
    const end = start + g.quote.length
    const covering = doc.passages.filter((p) => covers(p, start, end))
    const ours = { themes: [...new Set(covering.flatMap((p) => p.themes))], subthemes: [...new Set(covering.flatMap((p) => p.subthemes))] }
    return { gold: g, ours, baseline: keywordBaseline(g.quote, codebook) }
  })
}

/** Per-label counts for `labels` (themes or sub-themes) of `which` (ours or baseline). */
export function scoreLabels(
  labelled: { gold: GoldPassage; ours: Labels; baseline: Labels }[],
  which: 'ours' | 'baseline',
  kind: 'themes' | 'subthemes',
  labels: string[],
): LabelScore[] {
  return labels.map((label) => {
    const score: LabelScore = { label, gold: 0, truePositives: 0, predicted: 0 }
    for (const l of labelled) {
      const isGold = l.gold[kind].includes(label)
      const isPredicted = l[which][kind].includes(label)
      if (isGold) score.gold++
      if (isPredicted) score.predicted++
      if (isGold && isPredicted) score.truePositives++
    }
    return score
  })
}

/** Micro-average of label counts. */
export function micro(scores: LabelScore[]): LabelScore {
  return scores.reduce(
    (a, s) => ({
      label: 'all',
      gold: a.gold + s.gold,
      truePositives: a.truePositives + s.truePositives,
      predicted: a.predicted + s.predicted,
    }),
    { label: 'all', gold: 0, truePositives: 0, predicted: 0 },
  )
}
