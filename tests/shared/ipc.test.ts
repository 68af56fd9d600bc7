import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../src/core/import/types'
import {
  IPC_PREFIX,
  IpcChannel,
  MAX_FILE_BYTES,
  MAX_BACKUP_BYTES,
  MAX_SUGGESTED_NAME_LENGTH,
  MENU_COMMANDS,
  utf8ByteLength,
  validateMenuEvent,
  validateOpenFilesRequest,
  validateSaveFileRequest,
} from '../../src/shared/ipc'

describe('contract constants', () => {
  it('uses the importer limit for files', () => {
    expect(MAX_FILE_BYTES).toBe(MAX_IMPORT_BYTES)
  })

  it('prefixes every channel with bidu:', () => {
    for (const channel of Object.values(IpcChannel)) expect(channel.startsWith(IPC_PREFIX)).toBe(true)
    expect(new Set(Object.values(IpcChannel)).size).toBe(Object.values(IpcChannel).length)
  })
})

describe('validateOpenFilesRequest', () => {
  const good: [unknown, unknown][] = [
    [undefined, {}],
    [{}, {}],
    [{ filters: undefined }, {}],
    [{ filters: 'documents' }, { filters: 'documents' }],
    [{ filters: 'backup' }, { filters: 'backup' }],
    [{ filters: 'annotations' }, { filters: 'annotations' }],
  ]
  for (const [input, expected] of good) {
    it(`accepts ${JSON.stringify(input)}`, () => expect(validateOpenFilesRequest(input)).toEqual({ ok: true, value: expected }))
  }
  const bad: unknown[] = [
    null,
    'documents',
    0,
    true,
    [],
    [{ filters: 'documents' }],
    { filters: 'Documents' },
    { filters: 'exe' },
    { filters: null },
    { filters: ['documents'] },
    { filters: 'documents', paths: ['/etc/passwd'] },
    new Date(),
    Object.create({ filters: 'documents' }),
  ]
  for (const input of bad) {
    it(`refuses ${String(JSON.stringify(input))}`, () => {
      expect(validateOpenFilesRequest(input)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } })
    })
  }
})

describe('validateSaveFileRequest', () => {
  const base = { suggestedName: '笔记.md', data: '# 笔记', kind: 'markdown' }
  const good: [string, unknown, { suggestedName: string }][] = [
    ['text', base, { suggestedName: '笔记.md' }],
    ['bytes', { ...base, kind: 'png', suggestedName: 'figure.png', data: new Uint8Array([1]) }, { suggestedName: 'figure.png' }],
    ['empty text', { ...base, data: '' }, { suggestedName: '笔记.md' }],
    ['a name without extension (main adds it)', { ...base, suggestedName: '笔记' }, { suggestedName: '笔记' }],
    ['an empty name (main picks one)', { ...base, suggestedName: '' }, { suggestedName: '' }],
    ['a json export', { ...base, kind: 'json', suggestedName: 'a.jsonld' }, { suggestedName: 'a.jsonld' }],
    ['a backup as bytes', { ...base, kind: 'backup', data: new Uint8Array(3) }, { suggestedName: '笔记.md' }],
  ]
  for (const [name, input, expected] of good) {
    it(`accepts ${name}`, () => expect(validateSaveFileRequest(input)).toMatchObject({ ok: true, value: expected }))
  }

  it('returns a fresh object with only the known fields', () => {
    const result = validateSaveFileRequest(base)
    expect(result.ok && result.value).not.toBe(base)
    expect(result.ok && Object.keys(result.value).sort()).toEqual(['data', 'kind', 'suggestedName'])
  })

  const bad: [string, unknown, string][] = [
    ['undefined', undefined, 'BAD_ARGUMENT'],
    ['null', null, 'BAD_ARGUMENT'],
    ['a string', 'a.md', 'BAD_ARGUMENT'],
    ['an array', [base], 'BAD_ARGUMENT'],
    ['no kind', { suggestedName: 'a', data: 'x' }, 'BAD_ARGUMENT'],
    ['an unknown kind', { ...base, kind: 'exe' }, 'BAD_ARGUMENT'],
    ['a kind in capitals', { ...base, kind: 'CSV' }, 'BAD_ARGUMENT'],
    ['a name that is a number', { ...base, suggestedName: 1 }, 'BAD_ARGUMENT'],
    ['an absurdly long name', { ...base, suggestedName: 'a'.repeat(MAX_SUGGESTED_NAME_LENGTH + 1) }, 'BAD_ARGUMENT'],
    ['no data', { suggestedName: 'a', kind: 'csv' }, 'BAD_ARGUMENT'],
    ['data as number', { ...base, data: 12 }, 'BAD_ARGUMENT'],
    ['data as ArrayBuffer', { ...base, data: new ArrayBuffer(2) }, 'BAD_ARGUMENT'],
    ['data as Uint16Array', { ...base, data: new Uint16Array(2) }, 'BAD_ARGUMENT'],
    ['data as array', { ...base, data: [1, 2, 3] }, 'BAD_ARGUMENT'],
    ['an extra path field', { ...base, path: '/tmp/x' }, 'BAD_ARGUMENT'],
    ['bytes over the limit', { ...base, data: new Uint8Array(MAX_BACKUP_BYTES + 1) }, 'TOO_LARGE'],
  ]
  for (const [name, input, code] of bad) {
    it(`refuses ${name}`, () => expect(validateSaveFileRequest(input)).toMatchObject({ ok: false, error: { code } }))
  }

  it('measures text in UTF-8 bytes: 70M Chinese characters are over 200 MB', () => {
    const text = '报'.repeat(70 * 1024 * 1024)
    expect(validateSaveFileRequest({ ...base, data: text })).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect(validateSaveFileRequest({ ...base, data: 'a'.repeat(70 * 1024 * 1024) }).ok).toBe(true)
  })
})

describe('utf8ByteLength', () => {
  const table = [
    '',
    'abc',
    '政府工作报告',
    'é',
    '😀',
    '𠀀 rare CJK',
    '\ud800 lone high',
    'lone low \udc00',
    '\ud800',
    'mixed 中文 and 😀😀',
  ]
  for (const text of table) {
    it(`matches Buffer.byteLength for ${JSON.stringify(text)}`, () => {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'))
    })
  }

  it('stops counting past the limit', () => {
    expect(utf8ByteLength('a'.repeat(1000), 10)).toBeLessThan(1000)
    expect(utf8ByteLength('a'.repeat(1000), 10)).toBeGreaterThan(10)
  })
})

describe('validateMenuEvent', () => {
  for (const command of MENU_COMMANDS) {
    it(`accepts ${command}`, () => expect(validateMenuEvent({ command })).toEqual({ ok: true, value: { command } }))
  }
  for (const input of [undefined, null, 'import', {}, { command: 'quit' }, { command: 1 }, [{ command: 'import' }]]) {
    it(`refuses ${String(JSON.stringify(input))}`, () => expect(validateMenuEvent(input).ok).toBe(false))
  }
})

describe('messages name the call and the field', () => {
  it.each([
    [validateOpenFilesRequest(null), 'open-files expects an object or nothing'],
    [validateOpenFilesRequest({ filters: 'exe' }), 'open-files: filters must be one of documents, backup, annotations'],
    [validateOpenFilesRequest({ paths: ['/etc/passwd'] }), 'open-files: unknown field paths'],
    [
      validateSaveFileRequest({ suggestedName: 'a', data: 'x', kind: 'md', path: '/tmp' }),
      'save-file: kind must be one of markdown, csv, json, qdpx, docx, svg, png, backup',
    ],
    [validateSaveFileRequest({ suggestedName: 'a', data: 'x', kind: 'csv', path: '/tmp' }), 'save-file: unknown field path'],
    [validateSaveFileRequest({ suggestedName: 'a', data: 1, kind: 'csv' }), 'save-file: data must be a string or a Uint8Array'],
    [validateMenuEvent({ command: 'quit' }), 'menu event: unknown command'],
  ])('%#: %s', (result, message) => {
    expect(result).toEqual({ ok: false, error: { code: 'BAD_ARGUMENT', message } })
  })
})
