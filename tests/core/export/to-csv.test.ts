import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, LIST_SEPARATOR, UTF8_BOM, guardFormula, quoteCsvField, toCsv } from '../../../src/core/export'
import { CODEBOOK, hostileInput, options, seedInput } from './export-fixtures'

/** A strict RFC 4180 reader: CRLF row ends, quoted fields with doubled quotes; throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const field = (): string => {
    if (text[i] !== '"') {
      const end = text.slice(i).search(/,|\r\n/)
      const raw = end < 0 ? text.slice(i) : text.slice(i, i + end)
      if (/["\r\n]/.test(raw)) throw new Error(`unquoted field with a special character at ${i}`)
      i += raw.length
      return raw
    }
    let out = ''
    i++
    for (;;) {
      const q = text.indexOf('"', i)
      if (q < 0) throw new Error('unterminated quoted field')
      out += text.slice(i, q)
      if (text[q + 1] === '"') {
        out += '"'
        i = q + 2
      } else {
        i = q + 1
        return out
      }
    }
  }
  while (i < text.length) {
    row.push(field())
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) {
      i += 2
      rows.push(row)
      row = []
    } else throw new Error(`expected , or CRLF at ${i}`)
  }
  if (row.length > 0) throw new Error('last row does not end with CRLF')
  return rows
}

/** Undoes the formula guard as a reader would. */
const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

describe('toCsv', () => {
  it('starts with a BOM, has the fixed header, and parses back to the same fields', () => {
    const input = hostileInput()
    const out = toCsv(input, options())
    expect(out.startsWith(UTF8_BOM)).toBe(true)
    const rows = parseCsv(out.slice(UTF8_BOM.length))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows.length).toBe(input.annotations.length + 1)
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name)
    const sorted = [...input.annotations].sort((a, b) => a.position.start - b.position.start)
    sorted.forEach((a, k) => {
      const r = rows[k + 1].map(unguard)
      expect(r.length).toBe(CSV_COLUMNS.length)
      expect(r[col('quote')]).toBe(a.quote.exact)
      expect(r[col('note')]).toBe(a.note)
      expect(r[col('start')]).toBe(String(a.position.start))
      expect(r[col('end')]).toBe(String(a.position.end))
      expect(r[col('tags')]).toBe(a.tags.join(LIST_SEPARATOR))
      expect(r[col('themes')]).toBe(a.themes.join(LIST_SEPARATOR))
      expect(r[col('document')]).toBe(input.documents[0].fileName)
      expect(r[col('title')]).toBe(input.documents[0].metadata.title)
    })
  })

  it('guards cells a spreadsheet would evaluate', () => {
    const rows = parseCsv(toCsv(hostileInput(), options()).slice(1))
    const quotes = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('quote')])
    expect(quotes).toContain(`'=cmd|"/C calc"!A0`)
    expect(quotes).toContain(`'@SUM(1,2)`)
    expect(quotes).toContain(`'- not a bullet`)
    expect(quotes).toContain(`'+ plus`)
    const places = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('place')])
    expect(places.every((p) => p === `'- 区|县`)).toBe(true)
  })

  it.each([
    ['', ''],
    ['plain 中文', 'plain 中文'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    // Locales whose list separator is ; split on it: an unquoted a;=1+1 would start a cell with =.
    ['a;=1+1', '"a;=1+1"'],
  ])('quoteCsvField(%j) = %j', (field, expected) => {
    expect(quoteCsvField(field)).toBe(expected)
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 10', "'+86 10"],
    ['-3', "'-3"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['2023', '2023'],
    ['', ''],
  ])('guardFormula(%j) = %j', (cell, expected) => {
    expect(guardFormula(cell)).toBe(expected)
  })

  it('guards every item of a list cell, not only its first character', () => {
    const input = seedInput()
    const annotations = [{ ...input.annotations[0], tags: ['网格', '=1+1', '@SUM(A1)'], note: 'a;=1+1' }]
    const out = toCsv({ ...input, annotations }, options())
    const row = parseCsv(out.slice(1))[1]
    expect(row[CSV_COLUMNS.indexOf('tags')]).toBe(`网格; '=1+1; '@SUM(A1)`)
    expect(out).toContain('"a;=1+1"')
    // Split on ; as such a spreadsheet does (outside quotes): no piece starts a formula.
    const line = out.slice(1).split('\r\n')[1]
    const pieces = line
      .replace(/"(?:[^"]|"")*"/g, 'Q')
      .split(/[;,]/)
      .map((p) => p.trim())
    expect(pieces.filter((p) => /^[=+\-@]/.test(p))).toEqual([])
  })

  it('writes only the header for no annotations', () => {
    expect(toCsv({ documents: [], annotations: [], codebook: CODEBOOK }, options())).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`)
  })

  it('orders rows by creation time when asked', () => {
    const input = seedInput()
    const rows = parseCsv(toCsv(input, options({ order: 'created' })).slice(1)).slice(1)
    const created = rows.map((r) => r[CSV_COLUMNS.indexOf('created')])
    expect(created).toEqual([...created].sort())
  })
})
