// The worker's side of "sync by topic": every passage of the reader's documents with its matches in
// each other document, carrying the offsets and the engine's scores, plus the engine's threshold.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments, NO_COUNTERPART_BELOW } from '../../../src/core/align'
import { hashText } from '../../../src/core/anchoring'
import { chooseSyncTarget, passageAt } from '../../../src/core/compare'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'
import { analysisHandlers, type AnalysisDocInput } from '../../../src/renderer/workers/analysis-handlers'
import type { RpcContext } from '../../../src/renderer/workers/rpc'

const ctx: RpcContext = { signal: new AbortController().signal, progress: () => {} }
const seed = (file: string, id: string): Required<AnalysisDocInput> => {
  const text = readFileSync(`seeds/${file}`, 'utf8')
  return { id, text, textHash: hashText(text) }
}
const docs = [
  seed('000_3a5eedb3a8af94b3.txt', 'yantian'),
  seed('002_cfa2e8210ff970e4.txt', 'shashi'),
  seed('004_3a41aaacdf980295.txt', 'huangpu'),
]
const codebook = builtinCodebook()

describe('topicMatches', () => {
  it('gives each passage its matches per other document, with the scores alignDocuments reports', async () => {
    const result = await analysisHandlers.topicMatches({ docs, codebook, codebookKey: 'builtin' }, ctx)
    expect(result.threshold).toBe(NO_COUNTERPART_BELOW)
    expect(result.docs.map((d) => d.id)).toEqual(['yantian', 'shashi', 'huangpu'])
    const matcher = compileThemeMatcher(codebook)
    const classified = docs.map((d) => ({ text: d.text, passages: classifyDocument(d.text, matcher, { matches: false }) }))
    const engine = alignDocuments(classified, { top: 3 })
    const first = engine.find((m) => m.from.doc === 0 && m.to.doc === 2 && m.rank === 1)!
    const got = result.docs[0]!.matches[first.from.passage]!['huangpu']!
    const target = classified[2]!.passages.find((p) => p.id === first.to.passage)!
    expect(got).toContainEqual({ passageId: target.id, start: target.start, end: target.end, score: first.score })
    // No passage is matched within its own document.
    for (const d of result.docs) for (const perDoc of Object.values(d.matches)) expect(Object.keys(perDoc)).not.toContain(d.id)
  })

  it('lets the window choose where a column goes: the best match above the threshold, else nowhere', async () => {
    const result = await analysisHandlers.topicMatches({ docs, codebook, codebookKey: 'builtin' }, ctx)
    const source = result.docs[0]!
    const passage = passageAt(source.passages, source.passages[Math.floor(source.passages.length / 2)]!.start)!
    for (const other of ['shashi', 'huangpu']) {
      const matches = source.matches[passage.id]?.[other] ?? []
      const target = chooseSyncTarget(matches, result.threshold)
      const best = Math.max(...matches.map((m) => m.score))
      if (target.kind === 'passage') expect(target.score).toBe(best)
      else expect(matches.every((m) => m.score < result.threshold)).toBe(true)
    }
  })
})
