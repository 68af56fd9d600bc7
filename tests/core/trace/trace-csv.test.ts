import { describe, expect, it } from 'vitest'
import { toTraceCsv } from '../../../src/core/trace'

describe('toTraceCsv', () => {
  const rows = [
    {
      document: '盐田区 · 2023 · 报告',
      file: 'a.txt',
      title: '盐田区, 报告',
      place: '盐田区',
      year: 2023,
      level: 'district',
      reference: '中华人民共和国 · 2023 · 报告',
      referenceFile: '=n.txt',
      chars: 1000,
      echoShare: 0.123456,
      themes: { safety: { chars: 100, echoed: 50, share: 0.5 } },
    },
  ]

  it('writes one row per document, named by label and file, with the echo share per theme, empty where a theme is absent', () => {
    const csv = toTraceCsv(rows, ['safety', 'ecology'])
    expect(csv).toBe(
      'document,file,title,place,year,level,reference,reference_file,chars,echo_share,echo_safety,echo_ecology\r\n' +
        `盐田区 · 2023 · 报告,a.txt,"盐田区, 报告",盐田区,2023,district,中华人民共和国 · 2023 · 报告,'=n.txt,1000,0.1235,0.5,\r\n`,
    )
  })

  it('starts with a BOM on request and writes only the header for no rows', () => {
    expect(toTraceCsv(rows, [], { bom: true }).startsWith('\uFEFFdocument,')).toBe(true)
    expect(toTraceCsv([], ['safety'])).toBe(
      'document,file,title,place,year,level,reference,reference_file,chars,echo_share,echo_safety\r\n',
    )
  })
})
