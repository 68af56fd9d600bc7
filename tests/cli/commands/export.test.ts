import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import MarkdownIt from 'markdown-it'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDocuments } from '../../../src/cli/runtime/load-documents'
import { NEW_TEXT, SHORT_INDEX, TARGETS } from '../../fixtures/anchoring/reworded-figures'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const SEED_FILES = ['000_3a5eedb3a8af94b3.txt', '001_8f52a2821bb8e2be.txt'].map((f) => join(ROOT, 'seeds', f))
const QUOTES: [number, string, string[], string][] = [
  [0, '加快推动综合网格改革', ['safety', '网格化'], 'note with `---`:\n---\n<div>x</div>'],
  [1, '探索建立社区网格管理新模式', ['governance'], ''],
]

let dir: string
let notesPath: string

/** Runs the CLI as users do (tsx, no build), with a fixed export time. */
function cli(args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), 'export', ...args], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bidu-export-cli-'))
  // Offsets refer to the text after import and cleaning, as in the app.
  const { loaded } = await loadDocuments(SEED_FILES, { stdout: { write: () => 0 }, stderr: { write: () => 0 } })
  const items = QUOTES.map(([doc, exact, tags, note], i) => {
    const text = loaded[doc].doc.text
    const start = text.indexOf(exact)
    expect(start).toBeGreaterThanOrEqual(0)
    return {
      id: `urn:test:${i}`,
      type: 'Annotation',
      created: '2026-01-02T03:04:05Z',
      body: [
        ...(note ? [{ type: 'TextualBody', purpose: 'commenting', value: note }] : []),
        ...tags.map((t) => ({ type: 'TextualBody', purpose: 'tagging', value: t })),
      ],
      target: {
        source: basename(SEED_FILES[doc]),
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    }
  })
  notesPath = join(dir, 'notes.json')
  writeFileSync(notesPath, JSON.stringify({ type: 'AnnotationCollection', items }))
}, 60_000)

describe('bidu export', () => {
  it('writes Markdown holding every quote, themes from tagging bodies, no HTML', () => {
    const r = cli(['--format', 'md', '--annotations', notesPath, ...SEED_FILES])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const md = r.stdout.toString('utf8')
    expect(md.startsWith('---\ntitle: ')).toBe(true)
    expect(md).toContain('exported: "2026-01-01T00:00:00.000Z"')
    for (const [, q] of QUOTES) expect(md).toContain(`> ${q}`)
    expect(md).toContain('#theme/safety #tag/网格化')
    // the citation names the outline section the quote stands in
    expect(md).toMatch(/ · [^\n]*13\\?\.树立基层治理标杆[^\n]* · chars \d+–\d+/)
    const tokens = new MarkdownIt({ html: true }).parse(md.slice(md.indexOf('\n---\n') + 5), {})
    expect(tokens.some((t) => t.type === 'html_block' || (t.children ?? []).some((c) => c.type === 'html_inline'))).toBe(false)
  }, 60_000)

  it('writes CSV with a BOM and JSON-LD naming the files', () => {
    const csv = cli(['--format', 'csv', '--annotations', notesPath, ...SEED_FILES])
    expect(csv.status).toBe(0)
    expect(csv.stdout.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(csv.stdout.toString('utf8')).toContain('加快推动综合网格改革')
    const jsonld = cli(['--format', 'jsonld', '--annotations', notesPath, ...SEED_FILES])
    expect(jsonld.status).toBe(0)
    const json = JSON.parse(jsonld.stdout.toString('utf8'))
    expect(json.type).toBe('AnnotationCollection')
    expect(json.items.map((a: { target: { 'bidu:fileName': string } }) => a.target['bidu:fileName'])).toEqual(
      SEED_FILES.map((f) => basename(f)),
    )
    for (const a of json.items) expect(a.target.source).toMatch(/^urn:bidu:doc:[0-9a-f]{14}$/)
  }, 60_000)

  it('writes a qdpx archive to stdout or to --out', () => {
    const r = cli(['--format', 'qdpx', '--annotations', notesPath, ...SEED_FILES])
    expect(r.status).toBe(0)
    const files = unzipSync(new Uint8Array(r.stdout))
    expect(strFromU8(files['project.qde'])).toContain('<PlainTextSelection')
    const out = join(dir, 'out.qdpx')
    expect(cli(['--format', 'qdpx', '--out', out, '--annotations', notesPath, ...SEED_FILES]).status).toBe(0)
    expect(new Uint8Array(readFileSync(out))).toEqual(new Uint8Array(r.stdout))
  }, 60_000)

  it('writes a Word document with --format docx --out, and names the coder in REFI-QDA with --coder', async () => {
    const out = join(dir, 'notes.docx')
    expect(cli(['--format', 'docx', '--out', out, '--annotations', notesPath, ...SEED_FILES]).status).toBe(0)
    const html = (await mammoth.convertToHtml({ path: out })).value
    expect(html).toContain('<h1>')
    expect(html).toContain('<p>')
    const qde = strFromU8(
      unzipSync(new Uint8Array(cli(['--format', 'qdpx', '--coder', '王 老师', '--annotations', notesPath, ...SEED_FILES]).stdout))[
        'project.qde'
      ],
    )
    expect(qde).toContain('name="王 老师"')
  }, 60_000)

  it('anchors offsets made on another version of the text (the raw file) on the text it reads', () => {
    // Offsets counted in the raw seed file: the cleaned text the CLI works on is shifted by ~20 characters.
    const raw = readFileSync(SEED_FILES[1], 'utf8')
    const exact = '全面开展“拉网排雷”消防隐患排查行动'
    const rawStart = raw.indexOf(exact)
    const item = (id: string, quote: string, start: number) => ({
      id,
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'safety' }],
      target: {
        source: basename(SEED_FILES[1]),
        selector: [
          { type: 'TextQuoteSelector', exact: quote },
          { type: 'TextPositionSelector', start, end: start + quote.length },
        ],
      },
    })
    const shifted = join(dir, 'raw-offsets.json')
    writeFileSync(shifted, JSON.stringify([item('urn:raw:1', exact, rawStart), item('urn:raw:2', '这句话不在报告里', 5)]))

    const md = cli(['--format', 'md', '--annotations', shifted, SEED_FILES[1]])
    expect(md.status).toBe(0)
    expect(md.stderr).toContain('1 annotation(s) whose quote is not in')
    const text = md.stdout.toString('utf8')
    // the citation names the section the quote stands in and its range in the text the CLI read
    const [, start, end] = new RegExp(`> ${exact}\\n\\n— [^\\n]*18\\.筑牢消防安全“防火墙” · chars (\\d+)–(\\d+)\\n`).exec(text) ?? []
    expect(start).toBeDefined()
    expect(Number(start)).not.toBe(rawStart)
    // the quote not found cites no place in the text
    expect(text).toMatch(/> 这句话不在报告里\n\n— [^\n]*原文中未找到 \(quote not found in the text\)\n/)

    const qdpx = unzipSync(new Uint8Array(cli(['--format', 'qdpx', '--annotations', shifted, SEED_FILES[1]]).stdout))
    const xml = strFromU8(qdpx['project.qde'])
    const selections = [...xml.matchAll(/<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"/g)]
    expect(selections).toHaveLength(1) // the orphan has no place to point at
    const source = Object.entries(qdpx).find(([name]) => name.startsWith('sources/'))?.[1]
    const codePoints = [...strFromU8(source ?? new Uint8Array())]
    expect(codePoints.slice(Number(selections[0][1]), Number(selections[0][2])).join('')).toBe(exact)
    expect([Number(start), Number(end)]).toEqual([Number(selections[0][1]), Number(selections[0][2])])
  }, 60_000)

  it("anchors one file's annotations together: a reworded short quote is placed where its neighbours moved", async () => {
    // Made on OLD_TEXT; the file given is the corrected version. Alone, the short 同比增长 would be an orphan.
    const report = join(dir, 'figures-2024.txt')
    writeFileSync(report, NEW_TEXT)
    const items = TARGETS.map((t, i) => ({
      id: `urn:fig:${i}`,
      type: 'Annotation',
      target: { source: 'figures-2024.txt', selector: [t.quote, t.position] },
    }))
    const notes = join(dir, 'figures.json')
    writeFileSync(notes, JSON.stringify({ type: 'AnnotationCollection', items }))
    const r = cli(['--format', 'jsonld', '--annotations', notes, report])
    expect(r.stderr).toBe('')
    const read = (await loadDocuments([report], { stdout: { write: () => 0 }, stderr: { write: () => 0 } })).loaded[0].doc.text
    const truth = read.indexOf('同比增长', read.indexOf('零售总额'))
    const placed = JSON.parse(r.stdout.toString('utf8')).items.map(
      (a: { target: { selector: { type: string; start?: number }[] } }) =>
        a.target.selector.find((x) => x.type === 'TextPositionSelector')?.start,
    )
    expect(placed[SHORT_INDEX]).toBe(truth)
    expect(placed.every((start: number | undefined) => typeof start === 'number')).toBe(true)
  }, 60_000)

  it('reports a source without a document file and still exports the rest', () => {
    const r = cli(['--format', 'md', '--annotations', notesPath, SEED_FILES[0]])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('001_8f52a2821bb8e2be.txt')
    expect(r.stdout.toString('utf8')).toContain('加快推动综合网格改革')
  }, 60_000)

  it.each([
    [['--format', 'pdf', '--annotations', 'x.json', 'a.txt'], 2],
    [['--format', 'md', 'a.txt'], 2],
    [['--format', 'md', '--annotations'], 2],
    [['--bogus'], 2],
  ])(
    'refuses bad arguments %j',
    (args, code) => {
      const r = cli(args)
      expect(r.status).toBe(code)
      expect(r.stderr).toContain('usage')
      expect(r.stdout.length).toBe(0)
    },
    60_000,
  )

  it.each([['not json'], ['{"type":"Other"}'], ['[{"id":"a"}]']])(
    'refuses a bad notes file %j',
    (content) => {
      const bad = join(dir, 'bad.json')
      writeFileSync(bad, content)
      const r = cli(['--format', 'md', '--annotations', bad, ...SEED_FILES])
      expect(r.status).toBe(2)
      expect(r.stderr).not.toBe('')
      expect(r.stdout.length).toBe(0)
    },
    60_000,
  )

  it('heads each document by its one label (place · year · short type), so two files of one title get two headings', async () => {
    // The same report under two names: one title, one place, one year.
    const twins = ['twin-a.txt', 'twin-b.txt'].map((name) => join(dir, name))
    for (const path of twins) writeFileSync(path, readFileSync(SEED_FILES[1]))
    const exact = '探索建立社区网格管理新模式'
    const item = (source: string) => ({
      id: `urn:twin:${source}`,
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'governance' }],
      target: { source, selector: [{ type: 'TextQuoteSelector', exact }] },
    })
    const twinNotes = join(dir, 'twin-notes.json')
    writeFileSync(twinNotes, JSON.stringify({ type: 'AnnotationCollection', items: [item('twin-a.txt'), item('twin-b.txt')] }))
    const run = (format: string): Buffer => {
      const r = cli(['--format', format, '--annotations', twinNotes, ...twins])
      expect(r.status, r.stderr).toBe(0)
      return r.stdout
    }
    const labels = ['盐田区 · 2017 · 方案 #1', '盐田区 · 2017 · 方案 #2']
    const title = '盐田区“城市质量提升年”行动计划'

    const headings = run('md')
      .toString('utf8')
      .match(/^## .*$/gm)
    expect(headings).toEqual(labels.map((l) => `## ${l.replace('#', '\\#')}`))
    const html = (await mammoth.convertToHtml({ buffer: run('docx') })).value
    expect([...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual(labels)
    const csv = run('csv').toString('utf8').split('\r\n').slice(1, 3)
    expect(csv.map((row) => row.split(',')[1])).toEqual(labels)
    expect(csv.every((row) => row.endsWith(',twin-a.txt') || row.endsWith(',twin-b.txt'))).toBe(true)
    const qde = strFromU8(unzipSync(new Uint8Array(run('qdpx')))['project.qde'])
    expect([...qde.matchAll(/<TextSource [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual(labels)
    // The full title is still in every citation.
    expect(html).toContain(`— 盐田区 · 2017 · ${title}`)
  }, 60_000)
})
