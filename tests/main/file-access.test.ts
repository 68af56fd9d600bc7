import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeError, readPickedFiles, writeFileAtomically } from '../../src/main/file-access'

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bidu-files-'))
}

describe('readPickedFiles', () => {
  it('returns nothing for no paths', async () => {
    expect(await readPickedFiles([])).toEqual({ files: [], rejected: [] })
  })

  it('rejects files over the per-file limit and reads the rest', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), '12345')
    writeFileSync(join(dir, 'b.txt'), '123456')
    const result = await readPickedFiles([join(dir, 'a.txt'), join(dir, 'b.txt')], { maxFileBytes: 5, maxTotalBytes: 100 })
    expect(result.files.map((f) => f.name)).toEqual(['a.txt'])
    expect(result.rejected).toEqual([{ name: 'b.txt', code: 'TOO_LARGE', message: expect.stringContaining('b.txt') }])
  })

  it('skips files once the batch budget is spent, keeping later ones that still fit', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '1.txt'), 'aaaa')
    writeFileSync(join(dir, '2.txt'), 'bbbb')
    writeFileSync(join(dir, '3.txt'), 'c')
    const paths = ['1.txt', '2.txt', '3.txt'].map((n) => join(dir, n))
    const result = await readPickedFiles(paths, { maxFileBytes: 10, maxTotalBytes: 6 })
    expect(result.files.map((f) => f.name)).toEqual(['1.txt', '3.txt'])
    expect(result.rejected.map((r) => [r.name, r.code])).toEqual([['2.txt', 'TOO_LARGE']])
  })

  it('returns the exact bytes of binary files', async () => {
    const dir = tempDir()
    const bytes = new Uint8Array([0, 1, 2, 0xff, 0xfe, 0x80])
    writeFileSync(join(dir, 'x.docx'), bytes)
    const result = await readPickedFiles([join(dir, 'x.docx')])
    expect(result.files[0].bytes).toEqual(bytes)
    expect(result.files[0].bytes.buffer.byteLength).toBe(bytes.byteLength)
  })
})

describe('writeFileAtomically', () => {
  it('writes text as UTF-8 and bytes as given, leaving no temp files', async () => {
    const dir = tempDir()
    await writeFileAtomically(join(dir, 'a.md'), '引用\n')
    await writeFileAtomically(join(dir, 'b.png'), new Uint8Array([0x89, 0x50]))
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('引用\n')
    expect([...readFileSync(join(dir, 'b.png'))]).toEqual([0x89, 0x50])
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.png'])
  })

  it('writes an empty file for empty data', async () => {
    const dir = tempDir()
    await writeFileAtomically(join(dir, 'empty.csv'), '')
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toBe('')
  })

  it('throws when the folder is missing', async () => {
    await expect(writeFileAtomically(join(tempDir(), 'nope', 'a.md'), 'x')).rejects.toThrow()
  })
})

describe('describeError', () => {
  const table: [unknown, string][] = [
    [Object.assign(new Error("EACCES: permission denied, open '/secret/path'"), { code: 'EACCES' }), 'permission denied'],
    [Object.assign(new Error('x'), { code: 'ENOSPC' }), 'the disk is full'],
    [Object.assign(new Error("EWHAT '/secret/path'"), { code: 'EWHAT' }), 'system error EWHAT'],
    [new Error('dialog failed'), 'dialog failed'],
    ['a string', 'a string'],
    [null, 'null'],
  ]
  for (const [error, reason] of table) {
    it(`describes ${String(error)} as "${reason}"`, () => {
      expect(describeError(error)).toBe(reason)
      expect(describeError(error)).not.toContain('/secret/path')
    })
  }
})
