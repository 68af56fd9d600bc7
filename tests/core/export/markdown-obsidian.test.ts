// The Markdown export as Obsidian reads it: the front matter parsed by a real YAML 1.2 parser (strict,
// unique keys) gives back exactly the metadata, and every #tag the export writes is a tag Obsidian
// accepts (letters of any script, digits, _ - /, no spaces, not only digits).
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { toMarkdown, type ExportInput } from '../../../src/core/export'
import { annotate, CODEBOOK, hostileInput, options, seedInput } from './export-fixtures'

/** The YAML between the opening `---` and the next `---` line. */
function frontMatter(markdown: string): string {
  expect(markdown.startsWith('---\n')).toBe(true)
  const end = markdown.indexOf('\n---\n', 4)
  expect(end).toBeGreaterThan(0)
  return markdown.slice(4, end)
}

/** What the front matter should hold for `input`: the annotated documents' metadata and the themes used. */
function expectedFrontMatter(input: ExportInput): Record<string, unknown> {
  const used = new Set(input.annotations.map((a) => a.documentId))
  return {
    documents: input.documents
      .filter((d) => used.has(d.id))
      .map((d) => {
        const { title, place, province, city, district, town, level, year, docType } = d.metadata
        return { file: d.fileName, title, place, ...{ province, city, district, town }, level, year, docType }
      })
      .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined && v !== ''))),
    themes: CODEBOOK.themes
      .filter((t) => input.annotations.some((a) => a.themes.includes(t.id)))
      .map((t) => ({ id: t.id, label: t.labelZh, labelEn: t.labelEn })),
  }
}

/** Obsidian's tag grammar: `#`, then letters, digits, `_`, `-`, `/`; at least one character that is not a digit. */
const OBSIDIAN_TAG = /^#[\p{L}\p{N}\p{M}_/-]+$/u

/**
 * The tags of the export as Obsidian finds them in the source: `#` at the start of a line or after a
 * space, not escaped, followed by a tag character; front matter and fenced code left out.
 */
function tagsOf(markdown: string): string[] {
  const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
  const tags: string[] = []
  let fenced = false
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^(> ?)+/, '')
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fenced = !fenced
    if (fenced) continue
    tags.push(...(line.match(/(?<=^|\s)#[^\s#]+/gu) ?? []))
  }
  return tags
}

describe('front matter', () => {
  it.each([
    ['seeds', seedInput],
    ['hostile metadata', hostileInput],
  ])('parses as strict YAML back to the metadata (%s)', (_name, make) => {
    const input = make()
    const out = toMarkdown(input, options({ title: '标题: "引号" # 不是注释 ---' }))
    const data = parse(frontMatter(out), { strict: true, uniqueKeys: true, prettyErrors: true })
    expect(data.title).toBe('标题: "引号" # 不是注释 ---')
    expect(data.exported).toBe('2026-03-01T08:00:00.000Z')
    expect(data.app).toBe('Bidu 0.1.0-test')
    expect({ documents: data.documents, themes: data.themes }).toEqual(expectedFrontMatter(input))
  })

  it('parses with no annotations (empty lists, not nulls)', () => {
    const data = parse(frontMatter(toMarkdown({ documents: [], annotations: [], codebook: CODEBOOK }, options())), { strict: true })
    expect(data.documents).toEqual([])
    expect(data.themes).toEqual([])
  })
})

describe('Obsidian tags', () => {
  it('writes only tags Obsidian accepts, Chinese ones included', () => {
    const input = seedInput()
    const doc = input.documents[1]
    input.annotations.push(
      annotate(doc, '坚持和发展新时代', { tags: ['扫黑除恶 专项', '2024', 'a/b', '_x_', '平安·建设', '😀'], themes: ['safety'] }),
    )
    const out = toMarkdown(input, options())
    const tags = tagsOf(out)
    expect(tags).toEqual(
      expect.arrayContaining(['#tag/扫黑除恶-专项', '#tag/2024', '#tag/a-b', '#tag/x', '#tag/平安-建设', '#theme/safety', '#tag/网格化']),
    )
    for (const tag of tags) {
      expect(tag).toMatch(OBSIDIAN_TAG)
      expect(tag.slice(1)).toMatch(/[^\d/]/)
    }
    // a tag made only of symbols is left out rather than written as a bare `#tag/`
    expect(out).not.toMatch(/#tag\/(\s|$)/m)
  })

  it('keeps a # in quotes and metadata from becoming a tag', () => {
    const input = hostileInput()
    const tags = tagsOf(toMarkdown(input, options()))
    // every tag comes from the tag line, none from the quotes (`# not a heading`, `#chars` in the file name)
    for (const tag of tags) expect(tag).toMatch(/^#(theme|tag|color)\//)
  })
})
