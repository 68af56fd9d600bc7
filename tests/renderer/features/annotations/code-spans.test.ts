// Coding many spans as one action: the rows it builds (exact quotes, themes, tags), what it skips and
// counts (a hit already inside an annotation with the theme), and the sentence unit around each hit.
import { describe, expect, it } from 'vitest'
import { buildHitAnnotations } from '../../../../src/renderer/features/annotations/code-spans'
import { spansToCode, type CodeSpan } from '../../../../src/core/concordance'
import type { Annotation } from '../../../../src/core/anchoring'

// 坚持和发展新时代枫桥经验。(0–13) 推进枫桥经验落地。(13–22) 网格化。(22–26)
const TEXT = '坚持和发展新时代枫桥经验。推进枫桥经验落地。网格化。'
const SENTENCES = [
  { start: 0, end: 13 },
  { start: 13, end: 22 },
  { start: 22, end: 26 },
]

/** A span to code holding one hit, the span itself. */
const span = (start: number, end: number): CodeSpan => ({ docId: 'a', start, end, hits: [{ start, end }] })

describe('buildHitAnnotations', () => {
  const texts = new Map([['a', TEXT]])
  let n = 0
  const newId = () => `id${++n}`
  const now = new Date('2026-01-02T03:04:05Z')

  it('builds one exact annotation per span with the theme and tag, quote and position from the text', () => {
    const { rows } = buildHitAnnotations([span(8, 12)], texts, { themeId: 'governance', tag: ' 枫桥 ' }, [], newId, now)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      documentId: 'a',
      themes: ['governance'],
      tags: ['枫桥'],
      quote: { exact: '枫桥经验', prefix: '坚持和发展新时代', suffix: '。推进枫桥经验落地。网格化。' },
      position: { start: 8, end: 12 },
      anchorStatus: 'exact',
      created: '2026-01-02T03:04:05.000Z',
    })
  })

  it('skips unknown documents, empty spans and spans already coded with the theme', () => {
    const existing = [
      { documentId: 'a', themes: ['governance'], position: { type: 'TextPositionSelector', start: 13, end: 22 } },
    ] as unknown as Annotation[]
    const { rows, skipped } = buildHitAnnotations(
      [{ ...span(0, 2), docId: 'zzz' }, span(5, 5), span(13, 22), span(0, 13)],
      texts,
      { themeId: 'governance', tag: '' },
      existing,
      newId,
      now,
    )
    expect(rows.map((r) => [r.position.start, r.position.end, r.tags])).toEqual([[0, 13, []]])
    expect(skipped).toBe(1)
  })

  it('codes a sub-theme with its theme, as the annotation editor does', () => {
    const { rows } = buildHitAnnotations([span(0, 13)], texts, { themeId: 'governance.disputes', tag: '' }, [], newId, now)
    expect(rows[0]?.themes).toEqual(['governance', 'governance.disputes'])
  })

  it('codes a span again for a different theme', () => {
    const existing = [
      { documentId: 'a', themes: ['safety'], position: { type: 'TextPositionSelector', start: 0, end: 13 } },
    ] as unknown as Annotation[]
    expect(buildHitAnnotations([span(0, 13)], texts, { themeId: 'governance', tag: '' }, existing, newId, now).rows).toHaveLength(1)
  })

  it('skips and counts a hit already inside an annotation with the theme, and codes the sentence of the others', () => {
    // A highlight with the theme covers 推进枫桥经验落地 (13–21); the hit 枫桥经验 at 15–19 lies inside it.
    const existing = [
      { documentId: 'a', themes: ['governance'], anchorStatus: 'exact', position: { type: 'TextPositionSelector', start: 13, end: 21 } },
    ] as unknown as Annotation[]
    const hits = [
      { docId: 'a', start: 8, end: 12 },
      { docId: 'a', start: 15, end: 19 },
    ]
    const spans = spansToCode(hits, 'sentence', () => SENTENCES)
    const { rows, skipped } = buildHitAnnotations(spans, texts, { themeId: 'governance', tag: '' }, existing, newId, now)
    expect(skipped).toBe(1)
    expect(rows.map((r) => r.quote.exact)).toEqual([TEXT.slice(SENTENCES[0].start, SENTENCES[0].end)])
  })

  it('does not count a hit inside an orphaned annotation, whose position points elsewhere', () => {
    const existing = [
      { documentId: 'a', themes: ['governance'], anchorStatus: 'orphan', position: { type: 'TextPositionSelector', start: 0, end: 22 } },
    ] as unknown as Annotation[]
    const { rows, skipped } = buildHitAnnotations([span(8, 12)], texts, { themeId: 'governance', tag: '' }, existing, newId, now)
    expect([rows.length, skipped]).toEqual([1, 0])
  })
})
