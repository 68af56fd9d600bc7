import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import themes, { csvField } from '../../../src/cli/commands/themes'
import { BUILTIN_THEME_IDS, builtinCodebook } from '../../../src/core/themes'

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds')
const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(SEEDS, f))

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await themes.run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } })
  return { code, stdout, stderr }
}

/** Minimal RFC 4180 parser for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

describe('themes --csv', () => {
  it('prints one row per document with metadata, theme shares and environmental attention', async () => {
    const r = await run(['--csv', ...SEED_FILES])
    expect(r.code).toBe(0)
    const [header, ...rows] = parseCsv(r.stdout)
    const subthemeColumns = builtinCodebook().themes.flatMap((t) => t.subthemes!.map((s) => `share_${t.id}.${s.id}`))
    expect(header).toEqual([
      'file',
      'title',
      'place',
      'year',
      'level',
      'chars',
      ...BUILTIN_THEME_IDS.map((id) => `share_${id}`),
      ...subthemeColumns,
      'env_words_per_10k',
    ])
    expect(rows.map((row) => row[0])).toEqual(SEED_FILES)
    for (const row of rows) {
      expect(row).toHaveLength(header.length)
      expect(Number(row[5])).toBeGreaterThan(0)
      for (const share of row.slice(6, 6 + BUILTIN_THEME_IDS.length)) expect(Number(share) >= 0 && Number(share) <= 1).toBe(true)
      expect(Number(row.at(-1))).toBeGreaterThan(0)
    }
    const ecology = header.indexOf('share_ecology')
    expect(rows.some((row) => Number(row[ecology]) > 0.05)).toBe(true)
    // A sub-theme is part of its theme: its share never exceeds the theme's.
    for (const row of rows) {
      for (const column of subthemeColumns) {
        const share = Number(row[header.indexOf(column)])
        expect(share >= 0 && share <= Number(row[header.indexOf(column.split('.')[0])])).toBe(true)
      }
    }
    expect(rows.some((row) => subthemeColumns.some((c) => Number(row[header.indexOf(c)]) > 0))).toBe(true)
  })

  it('reports rejected files and still prints the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidu-themes-'))
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const r = await run(['--csv', empty, SEED_FILES[0]])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(empty)
    expect(parseCsv(r.stdout)).toHaveLength(2)
  })

  it('rejects an empty codebook and a theme without terms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidu-themes-'))
    for (const book of [{ themes: [] }, { themes: [{ id: 'x', labelZh: 'x', labelEn: 'x', color: '#000', terms: [] }] }]) {
      const file = join(dir, 'book.json')
      writeFileSync(file, JSON.stringify(book))
      const r = await run(['--csv', '--codebook', file, SEED_FILES[0]])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/no themes|no terms/)
    }
  })

  it('names a codebook term that would tag most passages on stderr, and still prints the shares', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bidu-themes-')), 'book.json')
    const terms = [
      { term: '河长制', weight: 3 },
      { term: '国', weight: 3 },
    ]
    writeFileSync(file, JSON.stringify({ version: 1, themes: [{ id: 'water', labelZh: '水', labelEn: 'Water', color: '#00f', terms }] }))
    const r = await run(['--csv', '--codebook', file, SEED_FILES[0]])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/warning: term "国" of theme "water"/)
    expect(parseCsv(r.stdout)).toHaveLength(2)
  })

  it.each([[['--csv']], [[SEED_FILES[0]]]])('refuses %j with usage', async (args) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('usage')
  })
})

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [2023, '2023'],
    [undefined, ''],
  ])('%j → %j', (value, expected) => expect(csvField(value as string)).toBe(expected))
})
