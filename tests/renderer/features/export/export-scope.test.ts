// Export scope: which annotations each scope picks, which scopes a context offers, the preselected one.
import { describe, expect, it } from 'vitest'
import {
  availableScopes,
  buildScope,
  initialScopeKind,
  referencedDocumentIds,
  scopeLabel,
  selectAnnotations,
  type ExportScope,
} from '../../../../src/renderer/features/export/export-scope'
import { NOTES } from '../../../fixtures/annotated-library'

describe('selectAnnotations', () => {
  const cases: { scope: ExportScope; ids: string[] }[] = [
    { scope: { kind: 'all' }, ids: ['n1', 'n2', 'n3', 'n4'] },
    { scope: { kind: 'document', documentId: 'b' }, ids: ['n3', 'n4'] },
    { scope: { kind: 'document', documentId: '' }, ids: [] },
    { scope: { kind: 'selected', documentIds: ['a', 'missing'] }, ids: ['n1', 'n2'] },
    { scope: { kind: 'selected', documentIds: [] }, ids: [] },
    { scope: { kind: 'theme', themeId: 'safety' }, ids: ['n1', 'n3'] },
    { scope: { kind: 'theme', themeId: 'no-such-theme' }, ids: [] },
    { scope: { kind: 'filter', annotationIds: ['n4', 'n2', 'gone'], label: '' }, ids: ['n2', 'n4'] },
  ]
  it.each(cases)('$scope.kind picks $ids', ({ scope, ids }) => {
    expect(selectAnnotations(scope, NOTES).map((a) => a.id)).toEqual(ids)
  })

  it('gives nothing for an empty library and never returns the input array itself', () => {
    expect(selectAnnotations({ kind: 'all' }, [])).toEqual([])
    expect(selectAnnotations({ kind: 'all' }, NOTES)).not.toBe(NOTES)
  })

  it('lists referenced documents once, in first-seen order', () => {
    expect(referencedDocumentIds([NOTES[3], NOTES[0], NOTES[2]])).toEqual(['b', 'a'])
    expect(referencedDocumentIds([])).toEqual([])
  })
})

describe('scopes offered and preselected', () => {
  it('offers ticked documents and the pane filter only when the opener has them', () => {
    expect(availableScopes({}, true)).toEqual(['document', 'theme', 'all'])
    expect(availableScopes({}, false)).toEqual(['document', 'all'])
    expect(availableScopes({ selectedIds: ['a'], filter: { annotationIds: [], label: 'x' } }, true)).toEqual([
      'document',
      'selected',
      'theme',
      'filter',
      'all',
    ])
  })

  it('prefers the pane filter, then the document in view, then ticked documents, then the last choice', () => {
    const all = availableScopes({ selectedIds: ['a'], filter: { annotationIds: [], label: '' } }, true)
    expect(initialScopeKind({ filter: { annotationIds: [], label: '' }, documentId: 'a' }, all)).toBe('filter')
    expect(initialScopeKind({ documentId: 'a', selectedIds: ['a'] }, all)).toBe('document')
    expect(initialScopeKind({ selectedIds: ['a', 'b'] }, all)).toBe('selected')
    expect(initialScopeKind({}, all, 'theme')).toBe('theme')
    // A remembered scope that needs a context the opener lacks falls back to everything.
    expect(initialScopeKind({}, availableScopes({}, true), 'filter')).toBe('all')
    expect(initialScopeKind({}, availableScopes({}, true), 'selected')).toBe('all')
    expect(initialScopeKind({}, availableScopes({}, false), 'theme')).toBe('all')
  })

  it('builds each scope from the context and the pickers', () => {
    const context = { documentId: 'a', selectedIds: ['a', 'b'], filter: { annotationIds: ['n1'], label: '安全' } }
    expect(buildScope('document', context, {})).toEqual({ kind: 'document', documentId: 'a' })
    expect(buildScope('document', context, { documentId: 'b' })).toEqual({ kind: 'document', documentId: 'b' })
    expect(buildScope('selected', context, {})).toEqual({ kind: 'selected', documentIds: ['a', 'b'] })
    expect(buildScope('theme', {}, { themeId: 'safety' })).toEqual({ kind: 'theme', themeId: 'safety' })
    expect(buildScope('filter', context, {})).toEqual({ kind: 'filter', annotationIds: ['n1'], label: '安全' })
    expect(buildScope('filter', {}, {})).toEqual({ kind: 'filter', annotationIds: [], label: '' })
    expect(buildScope('all', context, {})).toEqual({ kind: 'all' })
  })
})

describe('scopeLabel', () => {
  const docs = [
    { id: 'a', metadata: { place: '甲市', title: '甲市政府工作报告' } },
    { id: 'b', metadata: { place: '', title: '某报告' } },
    { id: 'c', metadata: { place: '丙县', title: '' } },
    { id: 'd', metadata: { place: '丁镇', title: '' } },
    { id: 'e', metadata: { place: '甲市', title: '另一份' } },
  ]
  const themeName = (id: string): string | undefined => (id === 'safety' ? '安全' : undefined)
  const labels: Record<string, string> = { a: '甲市 · 2019 · 报告', e: '甲市 · 2020 · 报告' }
  const labelOf = (id: string): string => labels[id] ?? id
  const cases: { scope: ExportScope; label: string }[] = [
    { scope: { kind: 'all' }, label: '' },
    { scope: { kind: 'theme', themeId: 'safety' }, label: '安全' },
    { scope: { kind: 'theme', themeId: 'custom' }, label: 'custom' },
    // A document is named by its one label, so two reports of one place (or 52 national ones) differ.
    { scope: { kind: 'document', documentId: 'a' }, label: '甲市 · 2019 · 报告' },
    { scope: { kind: 'document', documentId: 'e' }, label: '甲市 · 2020 · 报告' },
    { scope: { kind: 'document', documentId: 'gone' }, label: '' },
    { scope: { kind: 'selected', documentIds: ['a', 'e', 'c'] }, label: '甲市+丙县' },
    { scope: { kind: 'selected', documentIds: ['a', 'b', 'c', 'd'] }, label: '甲市+某报告+丙县+1' },
    { scope: { kind: 'selected', documentIds: [] }, label: '' },
    { scope: { kind: 'filter', annotationIds: [], label: '黄色 · 安全' }, label: '黄色 · 安全' },
  ]
  it.each(cases)('$scope.kind → "$label"', ({ scope, label }) => {
    expect(scopeLabel(scope, docs, themeName, labelOf)).toBe(label)
  })
})
