// The Notes place's list (memos and passage notes, filtered by kind, document, theme, text) and
// retrieved segments (themes with OR / AND, sub-themes counted for their theme, a chosen sub-theme
// narrowing its theme, grouped by document).
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../../src/core/anchoring'
import { memoId, type Memo } from '../../../../src/core/memos'
import { EMPTY_NOTES_FILTER, filterNotes, toNoteEntries } from '../../../../src/renderer/features/notes/notes-filter'
import { narrowedCodes, retrieveSegments } from '../../../../src/renderer/features/notes/retrieve-segments'

function ann(id: string, documentId: string, start: number, themes: string[], note = '', extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId,
    textHash: 'h',
    quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 4 },
    color: 'yellow',
    themes,
    tags: [],
    note,
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    anchorStatus: 'exact',
    ...extra,
  }
}
const memo = (kind: Memo['kind'], target: string, text: string): Memo => ({
  id: memoId(kind, target),
  kind,
  target,
  text,
  created: 'c',
  updated: 'u',
})

describe('Notes list', () => {
  const memos = [
    memo('theme', 'governance.grid', '网格的备忘'),
    memo('document', 'd1', '文档备忘'),
    memo('project', '', '日志'),
    memo('theme', 'safety', ' '),
  ]
  const annotations = [
    ann('a1', 'd1', 0, ['governance'], '批注一'),
    ann('a2', 'd2', 5, ['safety'], '批注二'),
    ann('a3', 'd1', 9, ['governance']),
  ]
  const entries = toNoteEntries(memos, annotations)

  it('lists the journal, document memos, theme memos, then passage notes; blank ones are left out', () => {
    expect(entries.map((e) => (e.kind === 'passage' ? e.annotation.id : e.memo.id))).toEqual([
      'project',
      'document:d1',
      'theme:governance.grid',
      'a1',
      'a2',
    ])
  })
  it.each([
    ['kind', { kind: 'theme' as const }, ['theme:governance.grid']],
    ['document: its memo and its passages', { documentId: 'd1' }, ['document:d1', 'a1']],
    ['theme: its memos (sub-themes too) and coded passages', { themeId: 'governance' }, ['theme:governance.grid', 'a1']],
    ['text over memos and notes', { text: '备忘' }, ['document:d1', 'theme:governance.grid']],
    ['text over quotes', { text: 'QUOTE A2' }, ['a2']],
  ])('filters by %s', (_name, patch, want) => {
    const got = filterNotes(entries, { ...EMPTY_NOTES_FILTER, ...patch })
    expect(got.map((e) => (e.kind === 'passage' ? e.annotation.id : e.memo.id))).toEqual(want)
  })
  it('gives nothing for nothing', () => {
    expect(filterNotes(toNoteEntries([], []), EMPTY_NOTES_FILTER)).toEqual([])
  })
})

describe('retrieveSegments', () => {
  const rows = [
    ann('s1', 'd2', 30, ['safety']),
    ann('s2', 'd1', 20, ['safety', 'governance.grid']),
    ann('s3', 'd1', 10, ['governance']),
    ann('s4', 'd1', 5, ['safety'], '', { anchorStatus: 'orphan' }),
    ann('s5', 'gone', 0, ['safety']),
  ]
  it('groups by document in library order, segments in text order, orphans and unknown documents left out (OR)', () => {
    const groups = retrieveSegments(rows, ['safety', 'governance'], 'any', ['d1', 'd2'])
    expect(groups.map((g) => [g.documentId, g.segments.map((s) => s.id)])).toEqual([
      ['d1', ['s3', 's2']],
      ['d2', ['s1']],
    ])
  })
  it('keeps only segments with every theme for AND, a sub-theme counting for its theme', () => {
    expect(retrieveSegments(rows, ['safety', 'governance'], 'all', ['d1', 'd2']).flatMap((g) => g.segments.map((s) => s.id))).toEqual([
      's2',
    ])
  })
  it('gives nothing when no theme is chosen', () => {
    expect(retrieveSegments(rows, [], 'any', ['d1'])).toEqual([])
  })
  it('narrows a theme to its chosen sub-theme (OR and AND)', () => {
    const ids = (themeIds: string[], match: 'any' | 'all'): string[] =>
      retrieveSegments(rows, themeIds, match, ['d1', 'd2']).flatMap((g) => g.segments.map((s) => s.id))
    expect(ids(['governance', 'governance.grid'], 'any')).toEqual(['s2'])
    expect(ids(['governance', 'governance.grid', 'safety'], 'any')).toEqual(['s2', 's1'])
    expect(ids(['governance', 'governance.grid', 'safety'], 'all')).toEqual(['s2'])
    expect(narrowedCodes(['safety', 'governance', 'governance.grid'])).toEqual(['safety', 'governance.grid'])
  })
})
