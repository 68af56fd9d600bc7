/**
 * The REFI-QDA project export (`.qdpx`, QDA-XML 1.0): a zip of `project.qde` and one
 * `sources/<guid>.txt` per document (UTF-8 without BOM, LF line endings), so MAXQDA, NVivo, ATLAS.ti
 * and QualCoder can open the coded reports. Each source's Description holds place · year · title.
 * Themes are codes, tags are codes under a non-codable parent "Tags"; each placed annotation is a
 * PlainTextSelection coded with its themes and tags. Its note is written twice, because importers
 * read different places: as the selection's Description (QualCoder takes it as the coding memo,
 * MAXQDA as the segment comment) and as a project Note referenced by NoteRef (the standard's memo).
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
import { documentTitle, sortAnnotations } from './arrange-annotations'
import { xmlAttr, xmlText } from '../text/escape-xml'
import { codePointOffsets, stableGuid, toPlainSourceText } from './qde-xml'
import type { ExportInput, ExportOptions } from './types'

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0'
/** The archive folder `internal://` paths point into (lower case, as the standard writes it). */
export const SOURCES_FOLDER = 'sources'
/** Colour of tag codes (tags have none of their own). */
const TAG_CODE_COLOR = '#808080'
const TAGS_PARENT_NAME = 'Tags'
/** Characters of a quote used as a selection's name. */
const SELECTION_NAME_LENGTH = 40
const USER_NAME = 'Bidu'

/** `#RRGGBB` for a CSS hex colour, or undefined if it is not one. */
function rgb(color: string): string | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  if (!m) return undefined
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]
  return `#${hex.toUpperCase()}`
}

/** An xsd:dateTime for an ISO time, or undefined when it does not parse (the attribute is then left out). */
function dateTime(iso: string): string | undefined {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

const attrs = (pairs: [string, string | number | undefined][]): string =>
  pairs.filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('')

export const themeCodeGuid = (id: string): string => stableGuid(`theme:${id}`)
export const tagCodeGuid = (tag: string): string => stableGuid(`tag:${tag}`)
export const sourceGuid = (documentId: string): string => stableGuid(`source:${documentId}`)

/** Builds the `project.qde` XML (valid against the REFI-QDA Project.xsd). */
export function toQdeXml(input: ExportInput, options: ExportOptions): string {
  const now = options.now.toISOString()
  const user = stableGuid('user:bidu')
  const inc = options.include
  const annotations = sortAnnotations(input.annotations, 'document', input.documents)
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>']
  const name = options.title ?? 'Bidu export'
  out.push(`<Project${attrs([['xmlns', QDE_NAMESPACE], ['name', name], ['origin', options.appVersion], ['creatingUserGUID', user], ['creationDateTime', now], ['modifyingUserGUID', user], ['modifiedDateTime', now]])}>`)
  out.push('  <Users>', `    <User${attrs([['guid', user], ['name', USER_NAME]])}/>`, '  </Users>')

  const usedThemes = new Set(inc.themes ? annotations.flatMap((a) => a.themes) : [])
  const themeCodes = [
    ...input.codebook.themes.map((t) => ({ id: t.id, name: `${t.labelZh} (${t.labelEn})`, color: rgb(t.color) })),
    ...[...usedThemes].filter((id) => !input.codebook.themes.some((t) => t.id === id)).sort().map((id) => ({ id, name: id, color: undefined })),
  ]
  const tags = inc.tags ? [...new Set(annotations.flatMap((a) => a.tags))].sort() : []
  if (themeCodes.length + tags.length > 0) {
    out.push('  <CodeBook>', '    <Codes>')
    for (const c of themeCodes) out.push(`      <Code${attrs([['guid', themeCodeGuid(c.id)], ['name', c.name], ['isCodable', 'true'], ['color', c.color]])}/>`)
    if (tags.length > 0) {
      out.push(`      <Code${attrs([['guid', stableGuid('tags-parent')], ['name', TAGS_PARENT_NAME], ['isCodable', 'false'], ['color', TAG_CODE_COLOR]])}>`)
      for (const t of tags) out.push(`        <Code${attrs([['guid', tagCodeGuid(t)], ['name', t], ['isCodable', 'true'], ['color', TAG_CODE_COLOR]])}/>`)
      out.push('      </Code>')
    }
    out.push('    </Codes>', '  </CodeBook>')
  }

  const noted: Annotation[] = []
  if (input.documents.length > 0) {
    out.push('  <Sources>')
    for (const doc of input.documents) {
      const guid = sourceGuid(doc.id)
      out.push(`    <TextSource${attrs([['guid', guid], ['name', doc.fileName], ['plainTextPath', `internal://${guid}.txt`], ['creatingUser', user], ['creationDateTime', now]])}>`)
      const m = doc.metadata
      const about = [m.place, m.year !== undefined ? String(m.year) : '', documentTitle(doc)].filter((x) => x !== '').join(' · ')
      out.push(`      <Description>${xmlText(about)}</Description>`)
      const toCodePoint = codePointOffsets(doc.text)
      const placed = annotations.filter(
        (a) => a.documentId === doc.id && a.anchorStatus !== 'orphan' && a.position.start >= 0 && a.position.end > a.position.start && a.position.end <= doc.text.length,
      )
      for (const a of placed) {
        const selectionName = [...a.quote.exact.replace(/\s+/g, ' ')].slice(0, SELECTION_NAME_LENGTH).join('')
        out.push(
          `      <PlainTextSelection${attrs([
            ['guid', stableGuid(`selection:${a.id}`)],
            ['name', selectionName],
            ['startPosition', toCodePoint(a.position.start)],
            ['endPosition', toCodePoint(a.position.end)],
            ['creatingUser', user],
            ['creationDateTime', dateTime(a.created)],
            ['modifyingUser', user],
            ['modifiedDateTime', dateTime(a.updated)],
          ])}>`,
        )
        // The schema orders a selection's children: Description, Coding*, NoteRef*.
        const note = inc.note && a.note.trim() !== ''
        if (note) out.push(`        <Description>${xmlText(a.note)}</Description>`)
        const codes = [...(inc.themes ? a.themes.map(themeCodeGuid) : []), ...(inc.tags ? a.tags.map(tagCodeGuid) : [])]
        for (const code of new Set(codes)) {
          out.push(`        <Coding${attrs([['guid', stableGuid(`coding:${a.id}:${code}`)], ['creatingUser', user], ['creationDateTime', dateTime(a.created)]])}>`)
          out.push(`          <CodeRef${attrs([['targetGUID', code]])}/>`, '        </Coding>')
        }
        if (note) {
          noted.push(a)
          out.push(`        <NoteRef${attrs([['targetGUID', stableGuid(`note:${a.id}`)]])}/>`)
        }
        out.push('      </PlainTextSelection>')
      }
      out.push('    </TextSource>')
    }
    out.push('  </Sources>')
  }
  if (noted.length > 0) {
    out.push('  <Notes>')
    for (const a of noted) {
      const noteName = `Note: ${[...a.quote.exact.replace(/\s+/g, ' ')].slice(0, SELECTION_NAME_LENGTH).join('')}`
      // QualCoder reads a Note's date without a fallback, so it always gets one (the export time if need be).
      out.push(`    <Note${attrs([['guid', stableGuid(`note:${a.id}`)], ['name', noteName], ['creatingUser', user], ['creationDateTime', dateTime(a.created) ?? now]])}>`)
      out.push(`      <PlainTextContent>${xmlText(a.note)}</PlainTextContent>`, '    </Note>')
    }
    out.push('  </Notes>')
  }
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
  return zipSync(files, { mtime })
}
