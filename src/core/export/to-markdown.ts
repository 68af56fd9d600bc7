/**
 * The Markdown export: YAML front matter (title, export time, app version, documents with metadata,
 * themes used), a heading per group, and per annotation a blockquote of the exact quote, a citation
 * line, Obsidian `#tags`, the note (the user's Markdown, in an Obsidian `[!note]` callout so it cannot
 * spill into the rest of the file), aligned passages, the reference wording the passage repeats (tracing) and figures. Memos (project journal, document and
 * theme memos) come first, in their own section, each in a `[!note]` callout like passage notes. No HTML is emitted; all literal text
 * goes through escape-markdown. Grouping and order come from arrange-annotations.
 */
import type { Annotation } from '../anchoring/types'
import { citationParts, groupAnnotations } from './arrange-annotations'
import { documentTitle } from './document-names'
import { containNoteLines, escapeInline, escapeQuoteLines, obsidianTag, yamlString } from './escape-markdown'
import { MEMO_HEADINGS, placeMemos } from './memo-sections'
import type { AlignedPassage, ExportDocument, ExportInput, ExportOptions } from './types'
import { resolveThemeCode, themeLabelsOf } from './theme-labels'
import { subthemeKey } from '../themes/types'

/** Title used when the caller gives none. */
export const DEFAULT_EXPORT_TITLE = '比读笔记 Bidu notes'
const CITATION_SEPARATOR = ' · '
/** Callout marker line opening each note (Obsidian renders it as a box; CommonMark as a blockquote). */
export const NOTE_CALLOUT = '> [!note]'

/** Prefixes each line with the blockquote marker (a bare `>` for empty lines, no trailing space). */
function quoteBlock(lines: string[]): string[] {
  return lines.map((l) => (l === '' ? '>' : `> ${l}`))
}

function frontMatter(input: ExportInput, options: ExportOptions, title: string): string[] {
  const out = [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString(options.now.toISOString())}`,
    `app: ${yamlString(options.appVersion)}`,
  ]
  const docIds = new Set(input.annotations.map((a) => a.documentId))
  const docs = input.documents.filter((d) => docIds.has(d.id))
  out.push(docs.length === 0 ? 'documents: []' : 'documents:')
  for (const d of docs) {
    const m = d.metadata
    out.push(`  - file: ${yamlString(d.fileName)}`)
    // The label the headings use, so a reader can tell which file a heading names.
    if (d.label?.trim()) out.push(`    label: ${yamlString(d.label.trim())}`)
    out.push(`    title: ${yamlString(m.title)}`, `    place: ${yamlString(m.place)}`)
    for (const key of ['province', 'city', 'district', 'town'] as const) {
      const v = m[key]
      if (v) out.push(`    ${key}: ${yamlString(v)}`)
    }
    out.push(`    level: ${yamlString(m.level)}`)
    if (m.year !== undefined && Number.isFinite(m.year)) out.push(`    year: ${m.year}`)
    out.push(`    docType: ${yamlString(m.docType)}`)
  }
  const used = new Set(input.annotations.flatMap((a) => a.themes))
  // Codebook order: each theme, then its sub-themes (`<theme>.<sub-theme>`) that are used.
  const known = input.codebook.themes
    .flatMap((t) => [t.id, ...(t.subthemes ?? []).map((s) => subthemeKey(t.id, s.id))])
    .filter((id) => used.has(id))
  const unknown = [...used].filter((id) => !resolveThemeCode(input.codebook, id)).sort()
  out.push(known.length + unknown.length === 0 ? 'themes: []' : 'themes:')
  for (const id of known) {
    const { zh, en } = themeLabelsOf(input.codebook, id)
    out.push(`  - id: ${yamlString(id)}`, `    label: ${yamlString(zh)}`, `    labelEn: ${yamlString(en)}`)
  }
  for (const id of unknown) out.push(`  - id: ${yamlString(id)}`)
  out.push('---')
  return out
}

/** Place · year · title · range of an aligned passage: its own citation, else its document's, if known. */
function alignedCitation(p: AlignedPassage, other: ExportDocument | undefined): string[] {
  const citation = p.citation ?? { place: other?.metadata.place ?? '', year: other?.metadata.year, title: documentTitle(other) }
  const year = citation.year !== undefined && Number.isFinite(citation.year) ? String(citation.year) : ''
  return [citation.place, year, citation.title, `chars ${p.start}–${p.end}`].filter((s) => s.trim() !== '')
}

/** `#theme/safety`, and for a sub-theme code `safety.food_drug` the nested tag `#theme/safety/food_drug`. */
function themeTag(id: string): string {
  const dot = id.indexOf('.')
  if (dot < 0) return obsidianTag('theme', id)
  const parent = obsidianTag('theme', id.slice(0, dot))
  const child = obsidianTag('', id.slice(dot + 1)).slice(2)
  return parent === '' || child === '' ? obsidianTag('theme', id) : `${parent}/${child}`
}

function annotationBlock(a: Annotation, doc: ExportDocument | undefined, input: ExportInput, options: ExportOptions): string[] {
  const inc = options.include
  const blocks: string[][] = []
  if (inc.quote) blocks.push(quoteBlock(escapeQuoteLines(a.quote.exact)))
  // Escaped as one line, so a part like `18.` inside it keeps its dot (only a line's start needs one).
  if (inc.citation) blocks.push([`— ${escapeInline(citationParts(doc, a).join(CITATION_SEPARATOR))}`])
  const tags = [
    ...(inc.themes ? a.themes.map(themeTag) : []),
    ...(inc.tags ? a.tags.map((t) => obsidianTag('tag', t)) : []),
    ...(inc.color ? [obsidianTag('color', a.color)] : []),
  ].filter((t) => t !== '')
  if (tags.length > 0) blocks.push([tags.join(' ')])
  const note = inc.note ? containNoteLines(a.note) : []
  if (note.length > 0) blocks.push([NOTE_CALLOUT, ...quoteBlock(note)])
  const aligned = inc.aligned && input.alignedPassages ? input.alignedPassages(a.id) : []
  if (aligned.length > 0) {
    const docs = new Map(input.documents.map((d) => [d.id, d]))
    blocks.push([
      '比读 Aligned passages:',
      '',
      ...aligned.map((p) => `- ${escapeInline(`${alignedCitation(p, docs.get(p.documentId)).join(CITATION_SEPARATOR)}: ${p.text}`)}`),
    ])
  }
  const echoes = inc.echoes && input.echoes ? input.echoes(a.id) : []
  if (echoes.length > 0) {
    blocks.push(['溯源 Reference wording repeated:', '', ...echoes.map((e) => `- ${escapeInline(`${e.reference}: ${e.text}`)}`)])
  }
  const figures = inc.figures && input.figures ? input.figures(a.id) : []
  if (figures.length > 0) {
    blocks.push(['数字 Figures:', '', ...figures.map((f) => `- ${escapeInline(f.label ? `${f.label}: ${f.value}` : f.value)}`)])
  }
  return blocks.flatMap((b) => [...b, ''])
}

/**
 * Renders the export as Markdown (LF line endings, ends with one newline).
 * @param input documents, the annotations of the chosen scope, the codebook
 * @param options grouping, what to include, order, injected clock and app version
 */
export function toMarkdown(input: ExportInput, options: ExportOptions): string {
  const title = options.title ?? DEFAULT_EXPORT_TITLE
  const docs = new Map(input.documents.map((d) => [d.id, d]))
  const lines = [...frontMatter(input, options, title), '', `# ${escapeInline(title)}`, '']
  const memos = placeMemos(input)
  if (memos.length > 0) lines.push(`## ${MEMO_HEADINGS.section}`, '')
  for (const { memo, title: memoTitle } of memos) {
    lines.push(`### ${escapeInline(memoTitle)}`, '', NOTE_CALLOUT, ...quoteBlock(containNoteLines(memo.text)), '')
  }
  for (const group of groupAnnotations(input, options)) {
    lines.push(`## ${escapeInline(group.title)}`, '')
    for (const sub of group.subgroups) {
      if (sub.title !== '') lines.push(`### ${escapeInline(sub.title)}`, '')
      for (const a of sub.annotations) lines.push(...annotationBlock(a, docs.get(a.documentId), input, options))
    }
  }
  while (lines[lines.length - 1] === '') lines.pop()
  return `${lines.join('\n')}\n`
}
