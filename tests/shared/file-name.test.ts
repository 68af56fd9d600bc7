import { describe, expect, it } from 'vitest'
import { FALLBACK_FILE_NAME, MAX_FILE_NAME_LENGTH, sanitizeFileName } from '../../src/shared/file-name'

describe('sanitizeFileName', () => {
  const table: [string, readonly string[], string][] = [
    ['盐田区政府工作报告.md', ['md'], '盐田区政府工作报告.md'],
    ['notes', ['md'], 'notes.md'],
    ['notes.MD', ['md'], 'notes.MD'],
    ['notes.txt', ['md'], 'notes.txt.md'],
    ['../../etc/passwd', [], 'passwd'],
    ['..\\..\\Windows\\system.ini', [], 'system.ini'],
    ['a<b>c:d"e|f?g*h.csv', ['csv'], 'a_b_c_d_e_f_g_h.csv'],
    ['tab\there\nnewline.md', ['md'], 'tab here newline.md'],
    ['bell\u0007.md', ['md'], 'bell_.md'],
    ['right\u202eto-left.md', ['md'], 'right_to-left.md'],
    ['  spaced   out  .md', ['md'], 'spaced out.md'],
    ['.hidden', ['md'], 'hidden.md'],
    ['..', ['md'], `${FALLBACK_FILE_NAME}.md`],
    ['trailing dots...', [], 'trailing dots'],
    ['', ['csv'], `${FALLBACK_FILE_NAME}.csv`],
    ['', [], FALLBACK_FILE_NAME],
    ['///', ['json'], `${FALLBACK_FILE_NAME}.json`],
    ['CON', ['txt'], '_CON.txt'],
    ['con.md', ['md'], '_con.md'],
    ['lpt1', [], '_lpt1'],
    ['consultation.md', ['md'], 'consultation.md'],
    ['报告.关于加强生态环境保护的实施意见', ['md'], '报告.关于加强生态环境保护的实施意见.md'],
  ]
  for (const [input, extensions, expected] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(sanitizeFileName(input, extensions)).toBe(expected))
  }

  it('bounds the length and keeps the extension', () => {
    const name = sanitizeFileName('报'.repeat(500) + '.md', ['md'])
    expect(name.endsWith('.md')).toBe(true)
    expect(name.length).toBe(MAX_FILE_NAME_LENGTH + 3)
  })

  it('never cuts a surrogate pair in half', () => {
    const name = sanitizeFileName('a' + '😀'.repeat(100), ['md'])
    expect(name).toBe('a' + '😀'.repeat((MAX_FILE_NAME_LENGTH - 2) / 2) + '.md')
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  it('normalises to NFC', () => {
    expect(sanitizeFileName('e\u0301.md', ['md'])).toBe('\u00e9.md')
  })
})
