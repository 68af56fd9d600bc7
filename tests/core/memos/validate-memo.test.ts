// The memo record check used by backups: kinds, string fields, and the id that must match the target.
import { describe, expect, it } from 'vitest'
import { memoId, sortMemos, validateMemo, type Memo } from '../../../src/core/memos'

const good: Memo = { id: 'theme:governance', kind: 'theme', target: 'governance', text: '# 备忘', created: 'c', updated: 'u' }

describe('validateMemo', () => {
  it('accepts a memo and copies only known fields', () => {
    const r = validateMemo({ ...good, extra: 1 })
    expect(r).toEqual({ ok: true, value: good })
  })
  it.each([
    ['not an object', null, 'not an object'],
    ['an array', [], 'not an object'],
    ['unknown kind', { ...good, kind: 'passage' }, 'kind must be one of'],
    ['text not a string', { ...good, text: 3 }, 'text must be a string'],
    ['document memo without target', { ...good, kind: 'document', target: '', id: 'document:' }, 'needs a target'],
    ['id not matching the target', { ...good, id: 'theme:other' }, 'id must be theme:governance'],
  ])('refuses %s', (_name, raw, message) => {
    const r = validateMemo(raw)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message).toContain(message)
  })
  it('gives the journal one id whatever target it was given', () => {
    expect(memoId('project', 'x')).toBe('project')
    expect(validateMemo({ ...good, kind: 'project', target: '', id: 'project' }).ok).toBe(true)
  })
})

describe('sortMemos', () => {
  it('puts the journal first, then documents, then themes, and drops blank memos', () => {
    const memos: Memo[] = [
      good,
      { ...good, id: 'project', kind: 'project', target: '' },
      { ...good, id: 'document:d', kind: 'document', target: 'd' },
      { ...good, id: 'theme:a', target: 'a', text: ' ' },
    ]
    expect(sortMemos(memos).map((m) => m.id)).toEqual(['project', 'document:d', 'theme:governance'])
  })
  it('gives nothing for nothing', () => {
    expect(sortMemos([])).toEqual([])
  })
})
