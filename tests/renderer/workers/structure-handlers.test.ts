// The analysis worker owns document structure: each text is parsed there once per text hash, and the
// same structure serves classification, the reader's outline, export outlines and "code all hits".
// parseStructure is counted, so a second parse anywhere on these paths fails the test.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hashText } from '../../../src/core/anchoring'
import { spansToCode } from '../../../src/core/concordance'
import * as structureModule from '../../../src/core/structure'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'
import { analysisHandlers, type AnalysisDocInput } from '../../../src/renderer/workers/analysis-handlers'
import { MAX_CACHED_STRUCTURES } from '../../../src/renderer/workers/analysis-structure'
import type { RpcContext } from '../../../src/renderer/workers/rpc'
import { structureHandlers } from '../../../src/renderer/workers/structure-handlers'

vi.mock('../../../src/core/structure', async (importOriginal) => {
  const original = await importOriginal<typeof structureModule>()
  return { ...original, parseStructure: vi.fn(original.parseStructure) }
})
const parseStructure = vi.mocked(structureModule.parseStructure)
const { parseStructure: realParse } = await vi.importActual<typeof structureModule>('../../../src/core/structure')

const ctx: RpcContext = { signal: new AbortController().signal, progress: () => {} }
const codebook = builtinCodebook()
const codebookKey = 'builtin'

let fresh = 0
/** A seed report made unique (its own text hash), so earlier tests' cache entries never answer for it. */
function doc(file: string, id = file): AnalysisDocInput & { text: string } {
  const text = `${readFileSync(`seeds/${file}`, 'utf8')}\n${++fresh}`
  return { id, text, textHash: hashText(text) }
}
const parsesOf = (text: string): number => parseStructure.mock.calls.filter(([t]) => t === text).length

beforeEach(() => {
  parseStructure.mockClear()
})

describe('structure in the analysis worker', () => {
  it('parses a text once for its outline, export outlines, classification and code spans', async () => {
    const a = doc('003_765d9d0c58e45bfb.txt')
    const structure = structureHandlers.structure(a)
    expect(structure).toEqual(realParse(a.text))
    expect(await structureHandlers.outlines([a], ctx)).toEqual([realParse(a.text).outline])
    await analysisHandlers.analyse({ docs: [a], codebook, codebookKey }, ctx)
    const hit = { docId: a.id, start: 40, end: 44 }
    await structureHandlers.codeSpans({ hits: [hit], scope: 'sentence', docs: [a], codebook, codebookKey }, ctx)
    await structureHandlers.codeSpans({ hits: [hit], scope: 'passage', docs: [a], codebook, codebookKey }, ctx)
    expect(parsesOf(a.text)).toBe(1)
  })

  it('shares one parse between documents of the same text', async () => {
    const a = doc('000_3a5eedb3a8af94b3.txt', 'a')
    const copy = { ...a, id: 'copy' }
    expect(await structureHandlers.outlines([a, copy], ctx)).toEqual([realParse(a.text).outline, realParse(a.text).outline])
    expect(parsesOf(a.text)).toBe(1)
  })

  it('parses again only a text that was dropped from the bounded cache', async () => {
    const first = doc('002_cfa2e8210ff970e4.txt')
    structureHandlers.structure(first)
    for (let i = 0; i < MAX_CACHED_STRUCTURES; i++) structureHandlers.structure(doc('004_3a41aaacdf980295.txt'))
    structureHandlers.structure(first)
    expect(parsesOf(first.text)).toBe(2)
  })
})

describe('code spans', () => {
  const a = doc('001_8f52a2821bb8e2be.txt', 'a')
  const b = doc('003_765d9d0c58e45bfb.txt', 'b')
  const hits = [a, b].flatMap((d) => {
    const at = d.text.indexOf('发展')
    return [{ docId: d.id, start: at, end: at + 2 }]
  })
  const matcher = compileThemeMatcher(codebook)
  const unitsOf = (scope: 'sentence' | 'passage') => (docId: string) => {
    const text = docId === 'a' ? a.text : b.text
    return scope === 'sentence' ? realParse(text).sentences : classifyDocument(text, matcher, { matches: false })
  }

  it.each(['sentence', 'passage'] as const)('codes the enclosing %s exactly as the core cuts it', async (scope) => {
    const spans = await structureHandlers.codeSpans({ hits, scope, docs: [a, b], codebook, codebookKey }, ctx)
    expect(spans).toEqual(spansToCode(hits, scope, unitsOf(scope)))
    expect(spans.every((s) => s.end - s.start > 2)).toBe(true)
  })

  it('codes the hit itself without parsing anything', async () => {
    const c = doc('002_cfa2e8210ff970e4.txt', 'c')
    const hit = { docId: 'c', start: 10, end: 14 }
    expect(await structureHandlers.codeSpans({ hits: [hit], scope: 'hit', docs: [c], codebook, codebookKey }, ctx)).toEqual([
      { ...hit, hits: [{ start: 10, end: 14 }] },
    ])
    expect(parsesOf(c.text)).toBe(0)
  })
})
