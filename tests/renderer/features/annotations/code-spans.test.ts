// Coding many spans as one action: the rows it builds (exact quotes, themes, tags) and what it skips.
import { describe, expect, it } from 'vitest'
import { buildHitAnnotations } from '../../../../src/renderer/features/annotations/code-spans'
import type { Annotation } from '../../../../src/core/anchoring'

const TEXT = '坚持和发展新时代枫桥经验。推进枫桥经验落地。网格化。'

describe('buildHitAnnotations', () => {
  const texts = new Map([['a', TEXT]])
  let n = 0
  const newId = () => `id${++n}`
  const now = new Date('2026-01-02T03:04:05Z')

  it('builds one exact annotation per span with the theme and tag, quote and position from the text', () => {
    const rows = buildHitAnnotations([{ docId: 'a', start: 8, end: 12 }], texts, { themeId: 'governance', tag: ' 枫桥 ' }, [], newId, now)
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
    const existing = [{ documentId: 'a', themes: ['governance'], position: { type: 'TextPositionSelector', start: 13, end: 22 } }] as unknown as Annotation[]
    const rows = buildHitAnnotations(
      [
        { docId: 'zzz', start: 0, end: 2 },
        { docId: 'a', start: 5, end: 5 },
        { docId: 'a', start: 13, end: 22 },
        { docId: 'a', start: 0, end: 13 },
      ],
      texts,
      { themeId: 'governance', tag: '' },
      existing,
      newId,
      now,
    )
    expect(rows.map((r) => [r.position.start, r.position.end, r.tags])).toEqual([[0, 13, []]])
  })

  it('codes a span again for a different theme', () => {
    const existing = [{ documentId: 'a', themes: ['safety'], position: { type: 'TextPositionSelector', start: 0, end: 13 } }] as unknown as Annotation[]
    expect(buildHitAnnotations([{ docId: 'a', start: 0, end: 13 }], texts, { themeId: 'governance', tag: '' }, existing, newId, now)).toHaveLength(1)
  })
})
