// The Word export's package, written by src/core/export/wordml.ts: the parts Word and LibreOffice need
// (content types, relationships, the main document, styles, settings, properties) each declared and
// referenced as the `docx` package wrote them before, every part well-formed XML (xmllint, from
// libxml2-utils as for the REFI-QDA schema tests), hostile text kept as text, and the same bytes for
// the same input. mammoth (an independent reader) reads the hostile export back.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { toDocx } from '../../../src/core/export'
import { HOSTILE_NOTES, HOSTILE_QUOTES, hostileInput, options, seedInput } from './export-fixtures'

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

/** Attributes of every element named `name` (values as written). */
function elements(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  )
}

/** Writes every part to a temporary folder and runs xmllint --noout over them; returns status and messages. */
function xmllint(files: Record<string, Uint8Array>): { status: number | null; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bidu-docx-'))
  const paths = Object.keys(files).map((name) => {
    const path = join(dir, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, files[name])
    return path
  })
  const r = spawnSync('xmllint', ['--noout', ...paths], { encoding: 'utf8' })
  return { status: r.status, messages: `${r.stderr}${r.error ? String(r.error) : ''}` }
}

describe('Word export package', () => {
  it('declares a content type for every part and holds every part its relationships name', async () => {
    const files = unzipSync(await toDocx(seedInput(), options()))
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/settings.xml',
      'word/styles.xml',
    ])
    const types = strFromU8(files['[Content_Types].xml'])
    const overrides = new Map(elements(types, 'Override').map((o) => [o.PartName, o.ContentType]))
    const defaults = new Map(elements(types, 'Default').map((d) => [d.Extension, d.ContentType]))
    for (const name of Object.keys(files).filter((n) => n !== '[Content_Types].xml')) {
      const type = overrides.get(`/${name}`) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1))
      expect(type, name).toBeDefined()
    }
    expect(overrides.get('/word/document.xml')).toBe(`${WML}.document.main+xml`)
    expect(overrides.get('/word/styles.xml')).toBe(`${WML}.styles+xml`)
    expect(overrides.get('/word/settings.xml')).toBe(`${WML}.settings+xml`)
    expect(overrides.get('/docProps/core.xml')).toBe('application/vnd.openxmlformats-package.core-properties+xml')

    const rels = elements(strFromU8(files['_rels/.rels']), 'Relationship')
    expect(rels.find((r) => r.Type === `${OFFICE}/officeDocument`)?.Target).toBe('word/document.xml')
    for (const r of rels) expect(files[r.Target], r.Target).toBeDefined()
    const docRels = elements(strFromU8(files['word/_rels/document.xml.rels']), 'Relationship')
    expect(docRels.map((r) => [r.Type, r.Target])).toEqual([
      [`${OFFICE}/styles`, 'styles.xml'],
      [`${OFFICE}/settings`, 'settings.xml'],
    ])
    expect(new Set(rels.map((r) => r.Id)).size).toBe(rels.length)
  })

  it('every part is well-formed XML, hostile text included', async () => {
    for (const input of [seedInput(), hostileInput()]) {
      const r = xmllint(unzipSync(await toDocx(input, options())))
      expect(r.messages).toBe('')
      expect(r.status).toBe(0)
    }
  })

  it('uses only styles the styles part defines, the block quote indented and italic', async () => {
    const files = unzipSync(await toDocx(seedInput(), options()))
    const styles = strFromU8(files['word/styles.xml'])
    const defined = new Set(elements(styles, 'w:style').map((s) => s['w:styleId']))
    const used = new Set(elements(strFromU8(files['word/document.xml']), 'w:pStyle').map((s) => s['w:val']))
    expect([...used].sort()).toEqual(['Heading1', 'Heading2', 'Quote', 'Title'])
    for (const id of used) expect(defined.has(id), id).toBe(true)
    expect(styles).toMatch(/w:styleId="Quote">.*<w:ind w:left="720"\/>.*<w:i\/>.*<\/w:style>/)
  })

  it('keeps hostile text as text: markup, controls, tabs and line breaks', async () => {
    const bytes = await toDocx(hostileInput(), options())
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    const lines = [...HOSTILE_QUOTES, ...HOSTILE_NOTES].flatMap((t) => t.split(/\r\n?|\n/)).filter((l) => l.trim() !== '')
    // XML cannot hold C0 controls (other than tab and line breaks) nor U+FFFE: those are dropped, the rest kept.
    for (const line of lines) expect(text).toContain(line.trim().replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/g, ''))
    expect(text).toContain('\t tab first')
  })

  it('writes the same bytes for the same input (times are the export time)', async () => {
    const a = await toDocx(seedInput(), options({ coderName: '研究者' }))
    expect(await toDocx(seedInput(), options({ coderName: '研究者' }))).toEqual(a)
    const core = strFromU8(unzipSync(a)['docProps/core.xml'])
    expect(core).toContain('<dc:creator>研究者</dc:creator>')
    expect(core).toContain('>2026-03-01T08:00:00Z</dcterms:created>')
  })
})
