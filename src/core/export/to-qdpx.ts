/**
 * The REFI-QDA project export (`.qdpx`, QDA-XML 1.0): a zip of `project.qde` and one
 * `sources/<guid>.txt` per document (UTF-8 without BOM, LF line endings), so MAXQDA, NVivo, ATLAS.ti
 * and QualCoder can open the coded reports. Each source's Description holds place · year · title.
 * Themes are codes, a theme's sub-themes its child codes (coded as `<theme>.<sub-theme>`), tags are
 * codes under a non-codable parent "Tags"; annotations are
 * PlainTextSelections coded with their themes and tags, those on one span merged into one selection
 * (qde-selections.ts says why). A selection's note is written twice, because importers read different
 * places: as the selection's Description (QualCoder takes it as the coding memo, MAXQDA as the segment
 * comment) and as a project Note referenced by NoteRef (the standard's memo). Document variables
 * (place, year, level, type) are project Variables with a VariableValue per source (qde-variables.ts);
 * the user is the coder's name from the options. Memos: a document memo follows the source's
 * Description, a theme memo is its code's Description, the project journal the project's Description.
 *
 * Layout: `plainTextPath="internal://<guid>.txt"` names a file in the archive's `sources` folder. The
 * standard names that folder in lower case and zip paths are case-sensitive (ATLAS.ti refuses
 * `Sources/`; MAXQDA writes `sources/`; QualCoder reads either).
 *
 * Offsets: the standard counts characters of the plain text, i.e. Unicode code points, so we convert
 * our UTF-16 offsets (a character outside the BMP — emoji, CJK extension B like 𠀀 — is two code units
 * but one code point). Orphaned annotations and ones whose offsets fall outside the text are left out
 * of the selections (their position does not point at their quote).
 */
import { strToU8, zipSync } from 'fflate'
import type { Annotation } from '../anchoring/types'
import { sortAnnotations } from './arrange-annotations'
import { documentTitle } from './document-names'
import { xmlAttr, xmlText } from '../text/escape-xml'
import { JOINED_NOTE_SEPARATOR, mergeSelections, type MergedSelection } from './qde-selections'
import { variablesXml, variableValuesXml } from './qde-variables'
import { codePointOffsets, stableGuid, toPlainSourceText } from './qde-xml'
import { resolveThemeCode, themeDisplayName } from './theme-labels'
import type { ExportInput, ExportOptions } from './types'
import { subthemeKey, type Codebook } from '../themes/types'

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0'
/** The archive folder `internal://` paths point into (lower case, as the standard writes it). */
export const SOURCES_FOLDER = 'sources'
/** Colour of tag codes (tags have none of their own). */
const TAG_CODE_COLOR = '#808080'
const TAGS_PARENT_NAME = 'Tags'
/** Characters of a quote used as a selection's name. */
const SELECTION_NAME_LENGTH = 40

/** `#RRGGBB` for a CSS hex colour, or undefined if it is not one. */
function rgb(color: string): string | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  if (!m) return undefined
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]
  return `#${hex.toUpperCase()}`
}

/** Deflate level of the archive (see toQdpx). */
const ZIP_LEVEL = 1

/** An xsd:dateTime for an ISO time, or undefined when it does not parse (the attribute is then left out). */
function dateTime(iso: string): string | undefined {
  const known = dateTimes.get(iso)
  if (known !== undefined || dateTimes.has(iso)) return known
  const t = Date.parse(iso)
  const value = Number.isNaN(t) ? undefined : new Date(t).toISOString()
  // Bounded: a cache across exports, not a leak (times repeat a lot within one export).
  if (dateTimes.size > MAX_CACHED_TIMES) dateTimes.clear()
  dateTimes.set(iso, value)
  return value
}
const dateTimes = new Map<string, string | undefined>()
const MAX_CACHED_TIMES = 100_000

const attrs = (pairs: [string, string | number | undefined][]): string =>
  pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('')

/** The GUID of a code key `theme:<id>` or `tag:<name>`, memoised: every coding names one. */
const codeGuid = (key: string): string => {
  let guid = codeGuids.get(key)
  if (guid === undefined) {
    guid = stableGuid(key)
    if (codeGuids.size > MAX_CACHED_TIMES) codeGuids.clear()
    codeGuids.set(key, guid)
  }
  return guid
}
const codeGuids = new Map<string, string>()
export const sourceGuid = (documentId: string): string => stableGuid(`source:${documentId}`)

/** The user name written when the caller gives no coder name. */
export const DEFAULT_CODER_NAME = 'Bidu'

/** A theme or tag code of the codebook block; a theme's sub-themes are its children. */
interface CodeEntry {
  key: string
  name: string
  color: string | undefined
  memo: string
  children?: CodeEntry[]
}

function codeEntry(codebook: Codebook, id: string, color: string | undefined, memoOf: (kind: 'theme', id: string) => string): CodeEntry {
  return { key: `theme:${id}`, name: themeDisplayName(codebook, id), color, memo: memoOf('theme', id) }
}

/** A `<Code>` element with its memo as Description and its children nested (REFI-QDA sub-codes). */
function codeXml(c: CodeEntry, indent: string): string[] {
  const open = `${indent}<Code${attrs([
    ['guid', codeGuid(c.key)],
    ['name', c.name],
    ['isCodable', 'true'],
    ['color', c.color],
  ])}`
  const children = c.children ?? []
  if (c.memo === '' && children.length === 0) return [`${open}/>`]
  // A theme memo is the code's Description (QualCoder's sub_codes reads it as the code memo).
  const description = c.memo === '' ? [] : [`${indent}  <Description>${xmlText(c.memo)}</Description>`]
  return [`${open}>`, ...description, ...children.flatMap((child) => codeXml(child, `${indent}  `)), `${indent}</Code>`]
}

/** Builds the `project.qde` XML (valid against the REFI-QDA Project.xsd). */
export function toQdeXml(input: ExportInput, options: ExportOptions): string {
  const now = options.now.toISOString()
  const userName = options.coderName?.trim() || DEFAULT_CODER_NAME
  const user = stableGuid(`user:${userName}`)
  const inc = options.include
  const annotations = sortAnnotations(input.annotations, 'document', input.documents)
  const memos = input.memos ?? []
  const memoOf = (kind: 'document' | 'theme', target: string): string =>
    memos.find((m) => m.kind === kind && m.target === target)?.text.trim() ?? ''
  const journal = memos.find((m) => m.kind === 'project')?.text.trim() ?? ''
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>']
  const name = options.title ?? 'Bidu export'
  out.push(
    `<Project${attrs([
      ['xmlns', QDE_NAMESPACE],
      ['name', name],
      ['origin', options.appVersion],
      ['creatingUserGUID', user],
      ['creationDateTime', now],
      ['modifyingUserGUID', user],
      ['modifiedDateTime', now],
    ])}>`,
  )
  out.push(
    '  <Users>',
    `    <User${attrs([
      ['guid', user],
      ['name', userName],
    ])}/>`,
    '  </Users>',
  )

  const usedThemes = new Set(inc.themes ? annotations.flatMap((a) => a.themes) : [])
  const themeCodes: CodeEntry[] = [
    ...input.codebook.themes.map((t) => ({
      ...codeEntry(input.codebook, t.id, rgb(t.color), memoOf),
      children: (t.subthemes ?? []).map((s) => codeEntry(input.codebook, subthemeKey(t.id, s.id), rgb(t.color), memoOf)),
    })),
    ...[...usedThemes]
      .filter((id) => !resolveThemeCode(input.codebook, id))
      .sort()
      .map((id) => ({ key: `theme:${id}`, name: id, color: undefined, memo: memoOf('theme', id) })),
  ]
  const tags = inc.tags ? [...new Set(annotations.flatMap((a) => a.tags))].sort() : []
  if (themeCodes.length + tags.length > 0) {
    out.push('  <CodeBook>', '    <Codes>')
    for (const c of themeCodes) out.push(...codeXml(c, '      '))
    if (tags.length > 0) {
      out.push(
        `      <Code${attrs([
          ['guid', stableGuid('tags-parent')],
          ['name', TAGS_PARENT_NAME],
          ['isCodable', 'false'],
          ['color', TAG_CODE_COLOR],
        ])}>`,
      )
      for (const t of tags)
        out.push(
          `        <Code${attrs([
            ['guid', codeGuid(`tag:${t}`)],
            ['name', t],
            ['isCodable', 'true'],
            ['color', TAG_CODE_COLOR],
          ])}/>`,
        )
      out.push('      </Code>')
    }
    out.push('    </Codes>', '  </CodeBook>')
  }
  if (input.documents.length > 0) out.push(...variablesXml(xmlAttr))

  const noted: MergedSelection[] = []
  if (input.documents.length > 0) {
    out.push('  <Sources>')
    const byDoc = new Map<string, Annotation[]>()
    for (const a of annotations) {
      const list = byDoc.get(a.documentId)
      if (list) list.push(a)
      else byDoc.set(a.documentId, [a])
    }
    for (const [index, doc] of input.documents.entries()) {
      const guid = sourceGuid(doc.id)
      out.push(
        `    <TextSource${attrs([
          ['guid', guid],
          // The label the app shows (unique, keeps the year) names the source; the file name without one.
          ['name', doc.label?.trim() || doc.fileName],
          ['plainTextPath', `internal://${guid}.txt`],
          ['creatingUser', user],
          ['creationDateTime', now],
        ])}>`,
      )
      const m = doc.metadata
      const about = [m.place, m.year !== undefined ? String(m.year) : '', documentTitle(doc)].filter((x) => x !== '').join(' · ')
      // The document memo follows the citation line: importers show a source's Description as its memo.
      const memo = memoOf('document', doc.id)
      out.push(`      <Description>${xmlText(memo === '' ? about : `${about}${JOINED_NOTE_SEPARATOR}${memo}`)}</Description>`)
      const toCodePoint = codePointOffsets(doc.text)
      for (const sel of mergeSelections(byDoc.get(doc.id) ?? [], doc.text.length, { themes: inc.themes, tags: inc.tags })) {
        const selectionName = [...sel.quote.replace(/\s+/g, ' ')].slice(0, SELECTION_NAME_LENGTH).join('')
        out.push(
          `      <PlainTextSelection${attrs([
            ['guid', stableGuid(`selection:${sel.id}`)],
            ['name', selectionName],
            ['startPosition', toCodePoint(sel.start)],
            ['endPosition', toCodePoint(sel.end)],
            ['creatingUser', user],
            ['creationDateTime', dateTime(sel.created)],
            ['modifyingUser', user],
            ['modifiedDateTime', dateTime(sel.updated)],
          ])}>`,
        )
        // The schema orders a selection's children: Description, Coding*, NoteRef*.
        const note = inc.note && sel.note !== ''
        if (note) out.push(`        <Description>${xmlText(sel.note)}</Description>`)
        for (const code of sel.codes) {
          out.push(
            `        <Coding${attrs([
              ['guid', stableGuid(`coding:${sel.id}:${codeGuid(code)}`)],
              ['creatingUser', user],
              ['creationDateTime', dateTime(sel.created)],
            ])}>`,
          )
          out.push(`          <CodeRef${attrs([['targetGUID', codeGuid(code)]])}/>`, '        </Coding>')
        }
        if (note) {
          noted.push(sel)
          out.push(`        <NoteRef${attrs([['targetGUID', stableGuid(`note:${sel.id}`)]])}/>`)
        }
        out.push('      </PlainTextSelection>')
      }
      out.push(...variableValuesXml(m, xmlText), '    </TextSource>')
      options.onProgress?.((index + 1) / input.documents.length)
    }
    out.push('  </Sources>')
  }
  if (noted.length > 0) {
    out.push('  <Notes>')
    for (const sel of noted) {
      const noteName = `Note: ${[...sel.quote.replace(/\s+/g, ' ')].slice(0, SELECTION_NAME_LENGTH).join('')}`
      // QualCoder reads a Note's date without a fallback, so it always gets one (the export time if need be).
      out.push(
        `    <Note${attrs([
          ['guid', stableGuid(`note:${sel.id}`)],
          ['name', noteName],
          ['creatingUser', user],
          ['creationDateTime', dateTime(sel.created) ?? now],
        ])}>`,
      )
      out.push(`      <PlainTextContent>${xmlText(sel.note)}</PlainTextContent>`, '    </Note>')
    }
    out.push('  </Notes>')
  }
  // The project journal is the project's Description (QualCoder: parse_project_description → project memo).
  if (journal !== '') out.push(`  <Description>${xmlText(journal)}</Description>`)
  out.push('</Project>')
  return `${out.join('\n')}\n`
}

/**
 * The `.qdpx` archive: `project.qde` plus `sources/<guid>.txt` for every document. Zip entry times
 * are `options.now`, so the same input gives the same bytes.
 */
export function toQdpx(input: ExportInput, options: ExportOptions): Uint8Array {
  const mtime = options.now
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'project.qde': [strToU8(toQdeXml(input, options)), { mtime }],
  }
  for (const doc of input.documents) {
    files[`${SOURCES_FOLDER}/${sourceGuid(doc.id)}.txt`] = [strToU8(toPlainSourceText(doc.text)), { mtime }]
  }
  // Level 1: most of the size gain at a fraction of the default level's time (10,000 annotations: bench/export.bench.ts).
  return zipSync(files, { mtime, level: ZIP_LEVEL })
}
