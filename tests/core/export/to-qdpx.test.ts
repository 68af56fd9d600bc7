import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { QDE_NAMESPACE, SOURCES_FOLDER, toQdeXml, toQdpx } from '../../../src/core/export'
import { codePointOffsets, stableGuid } from '../../../src/core/export/qde-xml'
import { stripInvalidXml, xmlAttr } from '../../../src/core/text/escape-xml'
import type { ExportInput } from '../../../src/core/export'
import { CODEBOOK, FIXED_NOW, REPO, hostileInput, options, seedInput } from './export-fixtures'
import { memoId, type Memo } from '../../../src/core/memos'

/** The REFI-QDA project schema (a copy of ../shared/standards/refi-qda/Project.xsd). xmllint comes from libxml2-utils (.ci/run). */
const SCHEMA = join(REPO, 'tests/fixtures/refi-qda/Project.xsd')

/** Runs xmllint against the REFI-QDA schema; returns its exit status and messages. */
function validate(xml: string): { status: number | null; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bidu-qde-'))
  const file = join(dir, 'project.qde')
  writeFileSync(file, xml)
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' })
  return { status: r.status, messages: r.stderr }
}

/** Attributes of every element named `name`, in document order (values unescaped for the simple cases we write). */
function elements(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = []
  for (const m of xml.matchAll(new RegExp(`<${name}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`, 'g'))) {
    const attrs: Record<string, string> = {}
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]] = a[2]
    out.push(attrs)
  }
  return out
}

function checkArchive(input: ExportInput): void {
  const files = unzipSync(toQdpx(input, options()))
  // The zip holds project.qde and one text per document in the lower-case `sources` folder, nothing else.
  const names = Object.keys(files).sort()
  expect(SOURCES_FOLDER).toBe('sources')
  expect(names).toEqual(['project.qde', ...input.documents.map((d) => `sources/${stableGuid(`source:${d.id}`)}.txt`).sort()])
  const xml = strFromU8(files['project.qde'])
  const v = validate(xml)
  expect(v.messages).toContain('validates')
  expect(v.status).toBe(0)
  const sources = elements(xml, 'TextSource')
  expect(sources.length).toBe(input.documents.length)
  for (const src of sources) {
    // internal://NAME is the file NAME in the sources folder (how QualCoder and MAXQDA resolve it)
    const path = src.plainTextPath
    expect(path).toBe(`internal://${src.guid}.txt`)
    const bytes = files[`sources/${path.slice('internal://'.length)}`]
    expect(bytes).toBeDefined()
    expect(bytes[0]).not.toBe(0xef) // no BOM
    const text = strFromU8(bytes)
    expect(text).not.toContain('\r')
    const codePoints = [...text]
    const byGuid = new Map(input.annotations.map((a) => [stableGuid(`selection:${a.id}`), a]))
    const sourceXml = xml.slice(xml.indexOf(`guid="${src.guid}"`))
    for (const sel of elements(sourceXml.slice(0, sourceXml.indexOf('</TextSource>')), 'PlainTextSelection')) {
      const a = byGuid.get(sel.guid)
      expect(a).toBeDefined()
      const got = codePoints.slice(Number(sel.startPosition), Number(sel.endPosition)).join('')
      expect(got).toBe(a?.quote.exact.replace(/\r\n?/g, '\n'))
    }
  }
}

describe('toQdpx', () => {
  it('writes a schema-valid project whose selections point at the quotes (code points) — seeds', () => {
    checkArchive(seedInput())
  })

  it('writes a schema-valid project for hostile text, astral characters before the quotes and all', () => {
    checkArchive(hostileInput())
  })

  it('counts offsets in code points: an emoji and an ext-B character before the quote shift it by 2, not 4', () => {
    const input = hostileInput()
    const first = input.annotations.find((a) => a.quote.exact.startsWith('*bold*'))
    if (!first) throw new Error('fixture')
    expect(input.documents[0].text.slice(0, first.position.start)).toContain('😀𠀀')
    const xml = toQdeXml({ ...input, annotations: [first] }, options())
    const [sel] = elements(xml, 'PlainTextSelection')
    expect(Number(sel.startPosition)).toBe(first.position.start - 2)
    expect(Number(sel.endPosition) - Number(sel.startPosition)).toBe([...first.quote.exact].length)
  })

  it('puts themes and tags in the codebook, tags under a non-codable "Tags" parent, colours as #RRGGBB', () => {
    const xml = toQdeXml(seedInput(), options())
    expect(xml).toContain(`xmlns="${QDE_NAMESPACE}"`)
    const codes = elements(xml, 'Code')
    expect(codes.find((c) => c.name === '安全 (Safety)')?.color).toBe('#D9485F')
    expect(codes.find((c) => c.name === 'Tags')?.isCodable).toBe('false')
    expect(codes.map((c) => c.name)).toEqual(expect.arrayContaining(['网格化', '枫桥经验', 'to read']))
    expect(codes.every((c) => /^#[0-9A-F]{6}$/.test(c.color ?? ''))).toBe(true)
    expect(elements(xml, 'NoteRef').length).toBe(2)
  })

  it("writes a note as its selection's Description and as a referenced project Note", () => {
    const input = seedInput()
    const noted = input.annotations.filter((a) => a.note.trim() !== '')
    expect(noted.length).toBe(2)
    const xml = toQdeXml(input, options())
    for (const a of noted) {
      const guid = stableGuid(`selection:${a.id}`)
      const selection = xml.slice(
        xml.indexOf(`<PlainTextSelection guid="${guid}"`),
        xml.indexOf('</PlainTextSelection>', xml.indexOf(`guid="${guid}"`)),
      )
      // Description first (the schema's order), holding the note as text (QualCoder: coding memo; MAXQDA: comment)
      expect(selection).toMatch(/^<PlainTextSelection [^>]*>\n\s*<Description>/)
      expect(selection).toContain(`<Description>${a.note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</Description>`)
      expect(selection).toContain(`<NoteRef targetGUID="${stableGuid(`note:${a.id}`)}"/>`)
    }
    expect(elements(xml, 'Note').length).toBe(2)
    // a Note always has a creation time, even for an annotation whose time does not parse
    const broken = { ...input, annotations: [{ ...noted[0], created: 'yesterday', updated: '' }] }
    const [note] = elements(toQdeXml(broken, options()), 'Note')
    expect(note.creationDateTime).toBe(options().now.toISOString())
    expect(validate(toQdeXml(broken, options())).status).toBe(0)
  })

  it('leaves orphans out of the selections and is valid with no annotations or documents', () => {
    const input = seedInput()
    input.annotations[0] = { ...input.annotations[0], anchorStatus: 'orphan' }
    expect(elements(toQdeXml(input, options()), 'PlainTextSelection').length).toBe(input.annotations.length - 1)
    const empty = toQdeXml({ documents: [], annotations: [], codebook: { version: 1, themes: [] } }, options())
    expect(validate(empty).status).toBe(0)
    const noThemes = toQdeXml({ ...seedInput(), codebook: CODEBOOK, annotations: [] }, options())
    expect(validate(noThemes).status).toBe(0)
  })

  it('is byte-for-byte reproducible for the same input and clock', () => {
    expect(toQdpx(seedInput(), options())).toEqual(toQdpx(seedInput(), options()))
  })
})

describe('qde-xml helpers', () => {
  it.each([
    ['', 0, 0],
    ['abc', 2, 2],
    ['😀x', 2, 1],
    ['😀x', 3, 2],
    ['𠀀𪚥中', 4, 2],
    ['a\r\nb', 3, 2],
    ['a\r\nb', 4, 3],
  ])('codePointOffsets(%j)(%i) = %i', (text, utf16, expected) => {
    expect(codePointOffsets(text)(utf16)).toBe(expected)
  })

  it('strips characters XML 1.0 cannot hold and escapes the rest', () => {
    expect(stripInvalidXml('a\u0000b\u0001\ufffe\ud800c😀\t\n')).toBe('abc😀\t\n')
    expect(xmlAttr('<a href="x">&\n')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#10;')
  })

  it('derives stable GUIDs of the schema form', () => {
    const g = stableGuid('selection:a1')
    expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(stableGuid('selection:a1')).toBe(g)
    expect(stableGuid('selection:a2')).not.toBe(g)
  })
})

describe('toQdpx for QDA importers: variables, coder, merged selections, memos', () => {
  /** The seeds with a second annotation on an already coded span (same theme, another note) and memos. */
  function richInput(): ExportInput {
    const input = seedInput()
    const first = input.annotations.find((a) => a.note.includes('first* grid model'))
    if (!first) throw new Error('fixture')
    // Same span and theme as `first`, plus ecology; same tags.
    const twin = {
      ...first,
      id: 'twin',
      note: '第二条备忘：同一处，另一个想法。',
      themes: ['governance', 'ecology'],
      created: '2026-02-20T09:00:00.000Z',
      updated: '2026-02-21T09:00:00.000Z',
    }
    const memos: Memo[] = [
      {
        id: memoId('document', 'doc-001'),
        kind: 'document',
        target: 'doc-001',
        text: '盐田区2017年的行动计划：网格化的起点。',
        created: FIXED_NOW.toISOString(),
        updated: FIXED_NOW.toISOString(),
      },
      {
        id: memoId('theme', 'governance'),
        kind: 'theme',
        target: 'governance',
        text: '各地的基层治理：网格 + 枫桥经验。',
        created: FIXED_NOW.toISOString(),
        updated: FIXED_NOW.toISOString(),
      },
      {
        id: memoId('project', ''),
        kind: 'project',
        target: '',
        text: '项目日志：先读盐田区。',
        created: FIXED_NOW.toISOString(),
        updated: FIXED_NOW.toISOString(),
      },
    ]
    return { ...input, annotations: [...input.annotations, twin], memos }
  }

  it('stays schema-valid with variables, a coder name, merged selections and memos', () => {
    const xml = toQdeXml(richInput(), options({ coderName: '李 研究员 <coder>' }))
    const v = validate(xml)
    expect(v.messages).toContain('validates')
    expect(v.status).toBe(0)
    expect(elements(xml, 'User')).toEqual([expect.objectContaining({ name: '李 研究员 &lt;coder&gt;' })])
  })

  it('declares place, year, level and type and gives each source its values', () => {
    const xml = toQdeXml(richInput(), options())
    const variables = elements(xml, 'Variable')
    expect(variables.map((v) => [v.name, v.typeOfVariable])).toEqual([
      ['place', 'Text'],
      ['year', 'Integer'],
      ['level', 'Text'],
      ['type', 'Text'],
    ])
    const source = xml.slice(xml.indexOf('name="001_8f52a2821bb8e2be.txt"'))
    const values = [...source.slice(0, source.indexOf('</TextSource>')).matchAll(/<VariableRef targetGUID="([^"]+)"\/>\s*<(\w+)>([^<]*)</g)]
    const nameOf = new Map(variables.map((v) => [v.guid, v.name]))
    expect(values.map((m) => [nameOf.get(m[1]), m[2], m[3]])).toEqual([
      ['place', 'TextValue', '盐田区'],
      ['year', 'IntegerValue', '2017'],
      ['level', 'TextValue', 'district'],
      ['type', 'TextValue', 'action-plan'],
    ])
  })

  it('writes one selection per span, each code once, with both notes joined', () => {
    const input = richInput()
    const xml = toQdeXml(input, options())
    const first = input.annotations.find((a) => a.id === 'twin')
    if (!first) throw new Error('fixture')
    const selections = elements(xml, 'PlainTextSelection')
    expect(new Set(selections.map((s) => `${s.startPosition}-${s.endPosition}`)).size).toBe(selections.length)
    const at = xml.indexOf(`name="${first.quote.exact}"`)
    const selection = xml.slice(at, xml.indexOf('</PlainTextSelection>', at))
    // governance (shared, once), ecology (the twin's) and the tag 网格化 (shared, once)
    expect(first.tags).toEqual(['网格化'])
    expect(selection.match(/<CodeRef /g)).toHaveLength(3)
    expect(selection).toContain('the *first* grid model')
    expect(selection).toContain('第二条备忘：同一处，另一个想法。')
  })

  it('puts the document memo in its source Description, the theme memo in its code, the journal in the project', () => {
    const xml = toQdeXml(richInput(), options())
    expect(xml).toMatch(
      /<Description>盐田区 · 2017 · 盐田区“城市质量提升年”行动计划\n\n盐田区2017年的行动计划：网格化的起点。<\/Description>/,
    )
    expect(xml).toMatch(
      /<Code guid="[^"]+" name="基层治理 \(Governance\)"[^>]*>\s*<Description>各地的基层治理：网格 \+ 枫桥经验。<\/Description>/,
    )
    expect(xml).toMatch(/<Description>项目日志：先读盐田区。<\/Description>\n<\/Project>/)
  })
})
