// The analysis worker's handlers, called directly: cached classification, theme rows with offsets,
// shared wording per row, year over year, progress and cancellation.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildAlignmentRows } from '../../../src/core/align'
import { hashText } from '../../../src/core/anchoring'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'
import { analysisHandlers, type AnalysisDocInput } from '../../../src/renderer/workers/analysis-handlers'
import type { RpcContext, RpcProgress } from '../../../src/renderer/workers/rpc'

function context(abort = false): { ctx: RpcContext; progress: RpcProgress[] } {
  const controller = new AbortController()
  if (abort) controller.abort()
  const progress: RpcProgress[] = []
  return { ctx: { signal: controller.signal, progress: (p) => progress.push(p) }, progress }
}

const seed = (file: string, id: string): Required<AnalysisDocInput> => {
  const text = readFileSync(`seeds/${file}`, 'utf8')
  return { id, text, textHash: hashText(text) }
}
const docs = [
  seed('000_3a5eedb3a8af94b3.txt', 'yantian-2023'),
  seed('002_cfa2e8210ff970e4.txt', 'shashi-2023'),
  seed('003_765d9d0c58e45bfb.txt', 'wenquan-2024'),
]
const codebook = builtinCodebook()

describe('analysis handlers', () => {
  it('classifies documents with progress per document, and shares between 0 and 1', async () => {
    const { ctx, progress } = context()
    const analysed = await analysisHandlers.analyse({ docs, codebook, codebookKey: 'builtin' }, ctx)
    expect(analysed.map((a) => a.id)).toEqual(docs.map((d) => d.id))
    expect(analysed.every((a) => a.passages.length > 0)).toBe(true)
    expect(Object.values(analysed[0].shares).every((s) => s >= 0 && s <= 1)).toBe(true)
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, label: 'classify' })
  })

  it('builds safety rows whose members carry the passage offsets', async () => {
    const { ctx } = context()
    const { rows } = await analysisHandlers.themeRows({ docs, codebook, codebookKey: 'builtin', themeId: 'safety' }, ctx)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(new Set(row.members.map((m) => m.docId)).size).toBe(row.members.length)
      for (const m of row.members) expect(m.end).toBeGreaterThan(m.start)
    }
    expect(rows.some((r) => r.members.length > 1)).toBe(true)
  })

  it('gives each theme the rows the core builds, whichever theme was computed first', async () => {
    const { ctx } = context()
    const matcher = compileThemeMatcher(codebook)
    const direct = docs.map((d) => ({ text: d.text, passages: classifyDocument(d.text, matcher) }))
    for (const themeId of ['ecology', 'safety', 'governance']) {
      const { rows } = await analysisHandlers.themeRows({ docs, codebook, codebookKey: 'builtin', themeId }, ctx)
      const expected = buildAlignmentRows(direct, { themeId }).map((r) => r.members.map((m) => `${docs[m.doc].id}/${m.passage}`))
      expect(rows.map((r) => r.members.map((m) => `${m.docId}/${m.passageId}`))).toEqual(expected)
    }
  })

  it('marks the wording each member shares with another member of its group', async () => {
    const { ctx } = context()
    const a = '常态化抓好扫黑除恶、金融风险防控等平安建设工作。'
    const b = '常态化开展扫黑除恶斗争，抓实反诈禁毒工作。'
    const [[ma, mb], lone] = await analysisHandlers.wording([[a, b], ['只有一段']], ctx)
    expect(ma.map((s) => a.slice(s.start, s.end))).toContain('扫黑除恶')
    expect(mb.map((s) => b.slice(s.start, s.end))).toContain('扫黑除恶')
    expect(lone).toEqual([[]])
    expect(await analysisHandlers.wording([], ctx)).toEqual([])
  })

  it('stops the wording after the row in hand once cancelled (the lanes cancel rows they no longer draw)', async () => {
    const controller = new AbortController()
    const progress: RpcProgress[] = []
    const ctx: RpcContext = {
      signal: controller.signal,
      progress: (p) => {
        progress.push(p)
        controller.abort()
      },
    }
    const group = ['常态化抓好扫黑除恶、金融风险防控等平安建设工作。', '常态化开展扫黑除恶斗争，抓实反诈禁毒工作。']
    await expect(
      analysisHandlers.wording(
        Array.from({ length: 8 }, () => group),
        ctx,
      ),
    ).rejects.toThrow(/cancelled/)
    expect(progress.map((p) => p.done)).toEqual([1])
  })

  it('compares two years of one place', async () => {
    const { ctx } = context()
    const earlier = seed('001_8f52a2821bb8e2be.txt', 'yantian-2017')
    const result = await analysisHandlers.yearOverYear({ earlier, later: docs[0], codebook, codebookKey: 'builtin' }, ctx)
    expect(result.comparison.later.length).toBe(result.later.passages.length)
    expect(result.comparison.dropped.length).toBeGreaterThan(0)
  })

  it('stops when cancelled before work on an uncached document', async () => {
    const { ctx } = context(true)
    const fresh = { ...docs[0], id: 'fresh', textHash: 'other' }
    await expect(analysisHandlers.analyse({ docs: [fresh], codebook, codebookKey: 'builtin' }, ctx)).rejects.toThrow(/cancelled/)
  })

  it('sends the window passages with offsets and themes only, the evidence staying in the worker', async () => {
    const { ctx } = context()
    const [analysed] = await analysisHandlers.analyse({ docs: [docs[0]], codebook, codebookKey: 'builtin' }, ctx)
    for (const p of analysed.passages) expect(Object.keys(p).sort()).toEqual(['end', 'id', 'start', 'themes'])
    const direct = classifyDocument(docs[0].text, compileThemeMatcher(codebook))
    expect(analysed.passages).toEqual(direct.map(({ id, start, end, themes }) => ({ id, start, end, themes })))
  })

  it('gives the matrix the same shares as the full analysis, and nothing else', async () => {
    const { ctx } = context()
    const full = await analysisHandlers.analyse({ docs, codebook, codebookKey: 'builtin' }, ctx)
    const shares = await analysisHandlers.shares({ docs, codebook, codebookKey: 'builtin' }, ctx)
    expect(shares).toEqual(full.map(({ id, shares }) => ({ id, shares })))
  })

  it('handles no documents and an empty text', async () => {
    const { ctx } = context()
    expect(await analysisHandlers.analyse({ docs: [], codebook, codebookKey: 'builtin' }, ctx)).toEqual([])
    const empty = await analysisHandlers.themeRows(
      { docs: [{ id: 'e', text: '', textHash: 'e' }], codebook, codebookKey: 'builtin', themeId: 'safety' },
      ctx,
    )
    expect(empty.rows).toEqual([])
  })
})
