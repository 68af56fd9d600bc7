import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/core/import/decode-text'
import { importDocument } from '../../../src/core/import'
import { concatBytes } from '../../fixtures/import/concat-bytes'

const seed = readFileSync(new URL('../../../seeds/001_8f52a2821bb8e2be.txt', import.meta.url), 'utf8')
const sample = seed.slice(0, 2000)
const utf8 = new TextEncoder().encode(sample)
const utf16be = (s: string) => {
  const le = new Uint8Array(iconv.encode(s, 'utf16le'))
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!]
  return le
}

describe('decodeText', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8 without BOM', utf8, 'utf-8'],
    ['UTF-8 with BOM', concatBytes([new Uint8Array([0xef, 0xbb, 0xbf]), utf8]), 'utf-8'],
    ['UTF-16LE with BOM', concatBytes([new Uint8Array([0xff, 0xfe]), new Uint8Array(iconv.encode(sample, 'utf16le'))]), 'utf-16le'],
    ['UTF-16BE with BOM', concatBytes([new Uint8Array([0xfe, 0xff]), utf16be(sample)]), 'utf-16be'],
    ['GBK', new Uint8Array(iconv.encode(sample, 'gbk')), 'gb18030'],
    ['GB18030', new Uint8Array(iconv.encode(sample, 'gb18030')), 'gb18030'],
  ]
  it.each(cases)('%s decodes to the original text', (_name, bytes, encoding) => {
    const r = decodeText(bytes)
    expect(r.ok && r.value.text).toBe(sample)
    expect(r.ok && r.value.encoding).toBe(encoding)
  })

  it('detects BOM-less UTF-16 with mostly ASCII by its NUL pattern', () => {
    const text = 'Report 2023\n一、总体要求\nGDP growth 5%\n'.repeat(20)
    const r = decodeText(new Uint8Array(iconv.encode(text, 'utf16le')))
    expect(r.ok && r.value).toEqual({ text, encoding: 'utf-16le' })
  })

  it('accepts GBK text full of units, symbols and enclosed numbers', () => {
    const text = '㈠新建绿地12万㎡，道路3.5㎞；①气温＋2℃，PM2.5下降8.1％。Ⅱ类水质达标率100％…\n'.repeat(5)
    const r = decodeText(new Uint8Array(iconv.encode(text, 'gbk')))
    expect(r.ok && r.value).toEqual({ text, encoding: 'gb18030' })
  })

  it('uses a declared GBK charset hint', () => {
    const r = decodeText(new Uint8Array(iconv.encode('政府工作报告', 'gbk')), 'gb2312')
    expect(r.ok && r.value.text).toBe('政府工作报告')
  })

  it('never returns mojibake for GBK text: every seed round-trips', () => {
    for (const f of ['000_3a5eedb3a8af94b3', '002_cfa2e8210ff970e4', '003_765d9d0c58e45bfb', '004_3a41aaacdf980295']) {
      const text = readFileSync(new URL(`../../../seeds/${f}.txt`, import.meta.url), 'utf8')
      const r = decodeText(new Uint8Array(iconv.encode(text, 'gbk')))
      expect(r.ok && r.value.text).toBe(text)
    }
  })

  it('accepts UTF-8 cut mid-character or with one stray byte, marking the damage with U+FFFD', () => {
    const cut = decodeText(utf8.subarray(0, utf8.length - 1))
    expect(cut.ok && cut.value.encoding).toBe('utf-8')
    expect(cut.ok && cut.value.text.slice(0, 100)).toBe(sample.slice(0, 100))
    const stray = concatBytes([utf8.subarray(0, 300), new Uint8Array([0xff]), utf8.subarray(300)])
    const r = decodeText(stray)
    expect(r.ok && r.value.text.includes('\ufffd')).toBe(true)
  })

  it('detects BOM-less UTF-16 Chinese, which has too few NUL bytes for the NUL pattern', () => {
    for (const [encoding, bytes] of [
      ['utf-16le', new Uint8Array(iconv.encode(sample, 'utf16le'))],
      ['utf-16be', utf16be(sample)],
    ] as const) {
      const r = decodeText(bytes)
      expect(r.ok && r.value).toEqual({ text: sample, encoding })
    }
  })

  it('accepts GBK cut mid-character or with one stray byte, marking the damage with U+FFFD', () => {
    const gbk = new Uint8Array(iconv.encode(sample, 'gbk'))
    // The sample ends in a Chinese character, so dropping the last byte cuts one in half.
    expect(sample.at(-1)).toMatch(/[\u4e00-\u9fff。]/)
    const cut = decodeText(gbk.subarray(0, gbk.length - 1))
    expect(cut.ok && cut.value.encoding).toBe('gb18030')
    expect(cut.ok && cut.value.text).toBe(`${sample.slice(0, -1)}\ufffd`)
    const stray = decodeText(concatBytes([gbk.subarray(0, 300), new Uint8Array([0x81]), gbk.subarray(300)]))
    expect(stray.ok && stray.value.encoding).toBe('gb18030')
    expect(stray.ok && stray.value.text.replace('\ufffd', '').length).toBeGreaterThan(sample.length - 3)
  })

  it('accepts UTF-8 with a BOM and one damaged byte', () => {
    const damaged = concatBytes([new Uint8Array([0xef, 0xbb, 0xbf]), utf8.subarray(0, 301), utf8.subarray(302)])
    const r = decodeText(damaged)
    expect(r.ok && r.value.encoding).toBe('utf-8')
    expect(r.ok && r.value.text.slice(0, 90)).toBe(sample.slice(0, 90))
  })

  it('decodes a traditional-character report saved as GBK', () => {
    const traditional =
      '我們第一届全國人民代表大會第一次會議，在聽了關於憲法草案的報告並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作。\n'.repeat(
        10,
      )
    const r = decodeText(new Uint8Array(iconv.encode(traditional, 'gbk')))
    expect(r.ok && r.value).toEqual({ text: traditional, encoding: 'gb18030' })
  })

  const rejects: [string, Uint8Array, string][] = [
    // Valid GBK byte pairs, but they decode to rare hanzi: mojibake, so they are refused.
    [
      'Shift-JIS text',
      new Uint8Array(iconv.encode('日本語のテキストです。東京都は日本の首都であり、政治、経済、文化の中心地です。'.repeat(5), 'shift_jis')),
      'BAD_ENCODING',
    ],
    [
      'Big5 text',
      new Uint8Array(iconv.encode('我們第一屆全國人民代表大會第一次會議，在聽了關於憲法草案的報告以後。'.repeat(5), 'big5')),
      'BAD_ENCODING',
    ],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'BINARY_FILE'],
    ['NUL-laden bytes', new Uint8Array([1, 0, 0, 7, 200, 0, 3, 0, 0, 0, 9, 1, 0, 0, 0, 5]), 'BINARY_FILE'],
    ['zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'BINARY_FILE'],
    // Latin-1 prose: valid bytes for GB18030 too, but it decodes to rare characters, so it is refused.
    [
      'Latin-1 text',
      new Uint8Array(iconv.encode('Café déjà vu, naïve façade, Ørsted über Ärger — señor. '.repeat(10), 'latin1')),
      'BAD_ENCODING',
    ],
  ]
  it.each(rejects)('%s is refused with %s', (_name, bytes, code) => {
    const r = decodeText(bytes)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.code).toBe(code)
  })
})

describe('importDocument on bad text input', () => {
  it.each([
    ['empty.txt', new Uint8Array(), 'EMPTY_INPUT'],
    ['blank.txt', new TextEncoder().encode(' \n\u3000\r\n\t'), 'EMPTY_INPUT'],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'BINARY_FILE'],
    ['archive.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'BINARY_FILE'],
    ['sheet.xlsx', new TextEncoder().encode('abc'), 'UNSUPPORTED_FORMAT'],
    // Old Word and WPS files are OLE containers, Excel files zips: unsupported types, not "binary files".
    ['report.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'OLD_WORD_FORMAT'],
    ['报告.wps', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'OLD_WORD_FORMAT'],
    ['table.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'UNSUPPORTED_FORMAT'],
  ] as const)('%s → %s, message names the file', async (name, bytes, code) => {
    const r = await importDocument(name, bytes)
    expect(!r.ok && r.error.code).toBe(code)
    expect(!r.ok && r.error.message).toContain(name)
  })

  it('rejects files over the size limit before decoding', async () => {
    const r = await importDocument('big.txt', new Uint8Array(50 * 1024 * 1024 + 1))
    expect(!r.ok && r.error.code).toBe('TOO_LARGE')
  })

  it('imports a GBK txt with CRLF line endings', async () => {
    const r = await importDocument('gbk.txt', new Uint8Array(iconv.encode(sample.replace(/\n/g, '\r\n'), 'gbk')))
    expect(r.ok && r.value.encoding).toBe('gb18030')
    expect(r.ok && r.value.rawText).toBe(sample)
  })
})
