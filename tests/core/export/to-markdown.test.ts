import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import {
  containNoteLines,
  escapeInline,
  escapeQuoteLines,
  INCLUDE_ALL,
  NOTE_CALLOUT,
  obsidianTag,
  toCsv,
  toMarkdown,
  yamlString,
} from '../../../src/core/export'
import { CODEBOOK, HOSTILE_NOTES, HOSTILE_QUOTES, hostileInput, options, seedInput } from './export-fixtures'

// html: true so any raw HTML that slipped through shows up as html_block / html_inline tokens.
const md = new MarkdownIt({ html: true })
type Token = ReturnType<typeof md.parse>[number]

/** Splits off the YAML front matter (between the first two `---` lines). */
function splitFrontMatter(text: string): { yaml: string[]; body: string } {
  const lines = text.split('\n')
  expect(lines[0]).toBe('---')
  const end = lines.indexOf('---', 1)
  expect(end).toBeGreaterThan(0)
  return { yaml: lines.slice(1, end), body: lines.slice(end + 1).join('\n') }
}

/** The literal text of an inline token's children; anything that is not text or a break is reported. */
function inlineText(token: Token, foreign: string[]): string {
  return (token.children ?? [])
    .map((c) => {
      if (c.type === 'text') return c.content
      if (c.type === 'softbreak' || c.type === 'hardbreak') return '\n'
      foreign.push(c.type)
      return ''
    })
    .join('')
}

/** Every top-level blockquote: its source's first line, its text, and the token types that are not plain text. */
function blockquotes(body: string): { firstLine: string; text: string; foreign: string[] }[] {
  const tokens = md.parse(body, {})
  const lines = body.split('\n')
  const out: { firstLine: string; text: string; foreign: string[] }[] = []
  let depth = 0
  let current: { firstLine: string; paragraphs: string[]; foreign: string[] } | undefined
  for (const t of tokens) {
    if (t.type === 'blockquote_open') {
      if (depth === 0) current = { firstLine: lines[t.map?.[0] ?? 0], paragraphs: [], foreign: [] }
      depth++
    } else if (t.type === 'blockquote_close') {
      depth--
      if (depth === 0 && current) {
        out.push({ firstLine: current.firstLine, text: current.paragraphs.join('\n\n'), foreign: current.foreign })
        current = undefined
      }
    } else if (current && t.type === 'inline') current.paragraphs.push(inlineText(t, current.foreign))
  }
  return out
}

describe('toMarkdown round trip through a CommonMark parser', () => {
  const input = hostileInput()
  const out = toMarkdown(input, options({ grouping: 'document-section' }))
  const { body } = splitFrontMatter(out)
  const quotes = blockquotes(body).filter((b) => !b.firstLine.startsWith(NOTE_CALLOUT))

  it('gives one blockquote per annotation, each reading back as exactly its quote', () => {
    expect(quotes.length).toBe(input.annotations.length)
    const expected = [...input.annotations].sort((a, b) => a.position.start - b.position.start).map((a) => a.quote.exact)
    // exact, including a CR (kept as a character reference) and control characters
    expect(quotes.map((q) => q.text)).toEqual(expected)
    for (const q of quotes) expect(q.foreign).toEqual([])
  })

  it('emits no HTML at all (quotes, metadata or notes)', () => {
    const types = new Set<string>()
    const walk = (ts: Token[]): void => {
      for (const t of ts) {
        types.add(t.type)
        if (t.children) walk(t.children)
      }
    }
    walk(md.parse(body, {}))
    expect(types.has('html_block')).toBe(false)
    expect(types.has('html_inline')).toBe(false)
  })

  it('keeps the structure: only the headings we write, notes stay inside their callout', () => {
    const headings = md
      .parse(body, {})
      .filter((t) => t.type === 'heading_open')
      .map((t) => t.tag)
    // title + one document group; no heading from a note's `---`, `===` or `# heading` in a fence
    expect(headings).toEqual(['h1', 'h2'])
    const notes = blockquotes(body).filter((b) => b.firstLine.startsWith(NOTE_CALLOUT))
    expect(notes.length).toBe(input.annotations.filter((a) => a.note.trim() !== '').length)
    // the fenced code of a note stays code, the unclosed fence is closed before the next annotation
    const fences = md.parse(body, {}).filter((t) => t.type === 'fence')
    expect(fences.some((f) => f.content.includes('const a = "<div>"\n---\n'))).toBe(true)
    expect(fences.every((f) => !f.content.includes('全角缩进'))).toBe(true)
  })

  it('keeps every note text visible in the output', () => {
    for (const note of HOSTILE_NOTES.filter((x) => x.trim() !== '')) {
      for (const word of note.split(/[\s<>/`~#=-]+/).filter((w) => /^[\p{L}\p{N}]{3,}$/u.test(w))) expect(body).toContain(word)
    }
  })

  it('writes front matter that a YAML reader takes as quoted strings', () => {
    const { yaml } = splitFrontMatter(out)
    const title = yaml.find((l) => l.startsWith('    title: ')) ?? ''
    expect(JSON.parse(title.slice('    title: '.length))).toBe(input.documents[0].metadata.title)
    expect(yaml.every((l) => !l.includes('\n'))).toBe(true)
  })
})

describe('escapeQuoteLines', () => {
  it.each(HOSTILE_QUOTES.map((q) => [q]))('round-trips %j', (quote) => {
    const src = escapeQuoteLines(quote)
      .map((l) => (l === '' ? '>' : `> ${l}`))
      .join('\n')
    const [bq] = blockquotes(src)
    expect(bq.text).toBe(quote)
  })

  it.each([[''], ['\n'], ['\nlead'], ['trail\n\n'], ['a\n\n\nb']])('keeps edge and repeated line breaks in %j', (quote) => {
    const src = escapeQuoteLines(quote)
      .map((l) => (l === '' ? '>' : `> ${l}`))
      .join('\n')
    const found = blockquotes(src)
    expect(found.length === 0 ? '' : found[0].text).toBe(quote)
  })

  it('leaves Chinese full-width punctuation literal', () => {
    expect(escapeQuoteLines('“引号”，（括号）；【方括号】——…＃＊')).toEqual(['“引号”，（括号）；【方括号】——…＃＊'])
  })
})

describe('escapeInline', () => {
  it.each([
    ['', ''],
    ['a\nb', 'a b'],
    ['1. x', '1\\. x'],
    ['- x', '\\- x'],
    ['<b>', '\\<b\\>'],
    // an underscore between letters or digits cannot open or close emphasis, so it stays as written
    ['a_b*c', 'a_b\\*c'],
    ['000_3a5e.txt', '000_3a5e.txt'],
    ['网_格', '网_格'],
    ['_em_ x_ _y', '\\_em\\_ x\\_ \\_y'],
    ['a__b', 'a\\_\\_b'],
    ['block ^id', 'block \\^id'],
  ])('%j → %j', (text, expected) => {
    expect(escapeInline(text)).toBe(expected)
  })
})

describe('containNoteLines', () => {
  it.each([
    ['', []],
    ['  \n ', []],
    ['x\n---', ['x', '', '---']],
    ['```\ncode', ['```', 'code', '```']],
    ['````\n```\n````', ['````', '```', '````']],
    ['- item\n  ```\n  code', ['- item', '  ```', '  code', '  ```']],
    ['<div>', ['\\<div>']],
    ['<https://a.b/c>', ['<https://a.b/c>']],
    ['**kept** _as_ Markdown', ['**kept** _as_ Markdown']],
  ])('%j', (note, expected) => {
    expect(containNoteLines(note)).toEqual(expected)
  })
})

describe('obsidianTag and yamlString', () => {
  it.each([
    ['tag', '网格化', '#tag/网格化'],
    ['tag', 'to read', '#tag/to-read'],
    ['tag', '#a/b, c!', '#tag/a-b-c'],
    ['tag', '...', ''],
    ['theme', 'safety', '#theme/safety'],
    // underscores only between letters, so `#tag/_a #tag/b_` cannot turn into emphasis
    ['tag', '重点_关注', '#tag/重点_关注'],
    ['tag', '_a_', '#tag/a'],
    ['tag', 'a _b', '#tag/a-b'],
    ['tag', '扫黑除恶 · 专项斗争', '#tag/扫黑除恶-专项斗争'],
  ])('obsidianTag(%j, %j) = %j', (prefix, name, expected) => {
    expect(obsidianTag(prefix, name)).toBe(expected)
  })

  it.each([['plain'], ['"q" \\ \n\t'], ['\u0000\u2028\ufeff'], ['😀𠀀'], ['']])(
    'yamlString(%j) is a JSON-compatible double-quoted scalar',
    (s) => {
      expect(JSON.parse(yamlString(s))).toBe(s)
    },
  )
})

describe('toMarkdown options', () => {
  it('groups by theme then place, by tag and by colour', () => {
    const input = seedInput()
    const byTheme = toMarkdown(input, options({ grouping: 'theme-place' }))
    expect(byTheme.indexOf('## 安全 (Safety)')).toBeLessThan(byTheme.indexOf('## 基层治理 (Governance)'))
    expect(byTheme).toContain('### 盐田区')
    const byTag = toMarkdown(input, options({ grouping: 'tag' }))
    expect(byTag).toContain('## 网格化')
    expect(byTag).toContain('## 无标签 (no tag)')
    expect(toMarkdown(input, options({ grouping: 'color' }))).toContain('## pink')
  })

  it('leaves out what include turns off', () => {
    const out = toMarkdown(
      seedInput(),
      options({
        include: {
          quote: true,
          note: false,
          themes: false,
          tags: false,
          color: false,
          citation: false,
          aligned: false,
          figures: false,
          echoes: false,
        },
      }),
    )
    expect(out).not.toContain('#theme/')
    expect(out).not.toContain(NOTE_CALLOUT)
    expect(out).not.toContain('chars ')
    expect(out).toContain('> 加快推动综合网格改革')
  })

  it('writes aligned passages and figures when given', () => {
    const input = {
      ...seedInput(),
      alignedPassages: () => [{ documentId: 'doc-001', start: 1, end: 5, text: '网格 *化*' }],
      figures: () => [{ value: '60个', label: '综治服务室' }],
    }
    const out = toMarkdown(input, options())
    expect(out).toContain('- 盐田区 · 2017 · 盐田区“城市质量提升年”行动计划 · chars 1–5: 网格 \\*化\\*')
    expect(out).toContain('- 综治服务室: 60个')
  })

  it('cites an aligned passage of a document outside the export by the citation it carries', () => {
    // The scope holds only the annotated reports; aligned passages come from anywhere in the library.
    const citation = { place: '乙县', year: 2024, title: '乙县政府工作报告' }
    const input = { ...seedInput(), alignedPassages: () => [{ documentId: 'not-in-scope', start: 7, end: 9, text: '网格', citation }] }
    const out = toMarkdown(input, options())
    expect(out).toContain('- 乙县 · 2024 · 乙县政府工作报告 · chars 7–9: 网格')
    expect(out).not.toContain('unknown document')
  })

  it('cites an orphan without a section or range and groups it apart, in Markdown and CSV', () => {
    const input = seedInput()
    const orphan = { ...input.annotations[3], anchorStatus: 'orphan' as const }
    input.annotations[3] = orphan
    const out = toMarkdown(input, options())
    expect(out).toContain(
      `> ${orphan.quote.exact}\n\n— 盐田区 · 2017 · 盐田区“城市质量提升年”行动计划 · 原文中未找到 (quote not found in the text)\n`,
    )
    expect(out).toContain('### 原文中未找到 (quote not found in the text)')
    expect(out).not.toContain(`chars ${orphan.position.start}–`)
    const csv = toCsv(input, options())
    const row = csv.split('\r\n').find((r) => r.includes(orphan.quote.exact)) ?? ''
    expect(row).toContain(',盐田区“城市质量提升年”行动计划,,')
    // anchorStatus, then the file column
    expect(row.endsWith(`,orphan,${input.documents.find((d) => d.id === orphan.documentId)?.fileName}`)).toBe(true)
  })

  it('writes a valid empty export for no annotations', () => {
    const out = toMarkdown({ documents: [], annotations: [], codebook: CODEBOOK }, options())
    expect(out).toContain('documents: []')
    expect(out.endsWith('# 比读笔记 Bidu notes\n')).toBe(true)
  })
})

describe('toMarkdown: reference wording (tracing)', () => {
  it('lists, under an annotation, the reference wording it repeats, and leaves it out when not included', () => {
    const input = seedInput()
    const first = input.annotations[0]!.id
    const withEchoes = {
      ...input,
      echoes: (id: string) => (id === first ? [{ reference: '中华人民共和国 · 2023', text: '坚持和发展新时代“枫桥经验”' }] : []),
    }
    const out = toMarkdown(withEchoes, options())
    expect(out).toContain('溯源 Reference wording repeated:')
    expect(out).toContain('- 中华人民共和国 · 2023: 坚持和发展新时代“枫桥经验”')
    expect(toMarkdown(withEchoes, options({ include: { ...INCLUDE_ALL, echoes: false } }))).not.toContain('溯源')
  })
})
