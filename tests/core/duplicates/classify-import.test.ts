import { describe, expect, it } from 'vitest'
import { hashText } from '../../../src/core/anchoring'
import { createImportClassifier, type KnownDocument } from '../../../src/core/duplicates'
import type { DocumentMetadata } from '../../../src/core/import/types'

const meta = (extra: Partial<DocumentMetadata> = {}): DocumentMetadata => ({
  title: '盐田区政府工作报告',
  place: '盐田区',
  year: 2024,
  level: 'district',
  docType: 'government-work-report',
  ...extra,
})
const known = (id: string, text: string, m = meta()): KnownDocument => ({ id, title: m.title, textHash: hashText(text), metadata: m })

describe('createImportClassifier', () => {
  const library = [known('a', '一、回顾\n推进基层治理。')]
  it.each([
    ['the same cleaned text → duplicate', '一、回顾\n推进基层治理。', meta({ place: '别处' }), 'duplicate'],
    ['same place, year and type, another text → version', '一、回顾\n推进基层治理现代化。', meta(), 'version'],
    ['another year → new', '另一份。', meta({ year: 2023 }), 'new'],
    ['another type → new', '另一份。', meta({ docType: 'plan' }), 'new'],
    ['unknown place → new, never a guessed version', '另一份。', meta({ place: '' }), 'new'],
    ['unknown year → new', '另一份。', meta({ year: undefined }), 'new'],
  ])('%s', (_name, text, m, kind) => {
    const verdict = createImportClassifier(library).classify({ text, metadata: m })
    expect(verdict.kind).toBe(kind)
    if (verdict.kind !== 'new') expect(verdict.of.id).toBe('a')
  })
  it('remembers what the batch accepted, so one report twice in a batch is kept once', () => {
    const c = createImportClassifier([])
    expect(c.classify({ text: 'x', metadata: meta() }).kind).toBe('new')
    c.accept(known('b', 'x'))
    expect(c.classify({ text: 'x', metadata: meta() })).toMatchObject({ kind: 'duplicate', of: { id: 'b' } })
  })
  it('an empty library has no duplicates', () => {
    expect(createImportClassifier([]).classify({ text: '', metadata: meta() }).kind).toBe('new')
  })
})
