import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDocuments } from '../../../src/cli/runtime/load-documents'
import { layoutParagraphs, makePdf } from '../../fixtures/import/make-pdf'

const dir = mkdtempSync(join(tmpdir(), 'bidu-load-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function capture() {
  let out = ''
  let err = ''
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  }
}

describe('loadDocuments', () => {
  it('loads the good files of a batch and lists the bad ones with reasons', async () => {
    const file = (name: string, bytes: Uint8Array | string) => {
      const path = join(dir, name)
      writeFileSync(path, bytes)
      return path
    }
    const good = file('盐田区.txt', '盐田区2023年政府工作报告\n\n各位代表：现在，我代表区人民政府向大会报告工作。\n')
    const gbk = file('gbk.txt', new Uint8Array(iconv.encode('温泉镇2024年政府工作报告\r\n过去一年，全镇上下团结奋斗。\r\n', 'gbk')))
    const pdf = file('report.pdf', makePdf(layoutParagraphs(['沙市区2023年政府工作报告', '过去一年，我们坚持稳中求进工作总基调。'])))
    const empty = file('empty.txt', '')
    const binary = file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const scan = file('scan.pdf', makePdf(layoutParagraphs(['无文字']), false))
    const big = join(dir, 'big.txt')
    writeFileSync(big, '')
    truncateSync(big, 50 * 1024 * 1024 + 1) // sparse: rejected by size before it is read
    const missing = join(dir, 'missing.txt')

    const c = capture()
    const r = await loadDocuments([good, empty, gbk, binary, pdf, scan, big, missing], c.io)

    expect(r.loaded.map((l) => l.file)).toEqual([good, gbk, pdf])
    expect(r.loaded.map((l) => l.doc.metadata.place)).toEqual(['盐田区', '温泉镇', '沙市区'])
    expect(r.loaded[1]!.doc.encoding).toBe('gb18030')
    expect(r.failed).toEqual([empty, binary, scan, big, missing])
    const lines = c.err().trim().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe(`${empty}: the file is empty`)
    expect(lines[1]).toMatch(new RegExp(`^${binary}: .*binary`))
    expect(lines[2]).toMatch(new RegExp(`^${scan}: .*no text layer`))
    expect(lines[3]).toMatch(new RegExp(`^${big}: .*too large`))
    expect(lines[4]).toBe(`${missing}: file not found`)
    expect(c.out()).toBe('')
  })

  it('an empty list loads nothing and writes nothing', async () => {
    const c = capture()
    expect(await loadDocuments([], c.io)).toEqual({ loaded: [], failed: [] })
    expect(c.err()).toBe('')
  })

  it('a directory is refused, not crashed on', async () => {
    const c = capture()
    const r = await loadDocuments([dir], c.io)
    expect(r.failed).toEqual([dir])
    expect(c.err()).toBe(`${dir}: not a regular file\n`)
  })
})
