/**
 * The W3C Web Annotation JSON-LD export (an `AnnotationCollection`, `@context`
 * http://www.w3.org/ns/anno.jsonld) and its import, over the mapping in src/core/w3c (no second
 * mapping here). Import returns annotations ready to merge into the library: each one's `documentId`
 * resolved through the caller's lookup; those naming documents the caller does not know are left out
 * and their sources listed. Tagging bodies written by other tools carry no `bidu:theme`: a tag whose
 * text is a theme id or label of the codebook is read as that theme.
 */
import type { Annotation } from '../anchoring/types'
import { messageOf, fail, ok, type Result } from '../result'
import type { Codebook } from '../themes/types'
import {
  documentIri,
  memoToWebAnnotation,
  parseAnnotationCollection,
  toAnnotationCollection,
  toWebAnnotation,
  type W3cErrorCode,
} from '../w3c'
import { hashText } from '../anchoring/hash-text'
import { sortAnnotations } from './arrange-annotations'
import { placeMemos } from './memo-sections'
import { themeDisplayName } from './theme-labels'
import type { ExportInput, ExportOptions } from './types'

const JSON_INDENT = 2

/**
 * Renders the annotations (in the chosen order) as a W3C AnnotationCollection; `target.source` is
 * each document's IRI (`urn:bidu:doc:<hash of its text>`) with its file name in `"bidu:fileName"`,
 * theme bodies are labelled with the codebook's Chinese label. Memos follow as `commenting`
 * annotations targeting their document, theme or the project (see w3c/memo-annotation). The
 * collection's id is derived from the export time and the annotation ids, so an export is reproducible.
 * @returns pretty-printed JSON ending with a newline
 */
export function toJsonLd(input: ExportInput, options: ExportOptions): string {
  const docs = new Map(input.documents.map((d) => [d.id, { fileName: d.fileName, iri: documentIri(hashText(d.text)) }]))
  const labels = new Map(input.codebook.themes.map((t) => [t.id, t.labelZh]))
  const items = sortAnnotations(input.annotations, options.order, input.documents).map((a) => {
    const doc = docs.get(a.documentId)
    // A document not in the export is named by the text version the annotation recorded.
    return toWebAnnotation(a, {
      source: doc?.iri ?? documentIri(a.textHash || a.documentId),
      fileName: doc?.fileName,
      themeLabel: (id) => labels.get(id),
    })
  })
  for (const { memo } of placeMemos(input)) {
    const doc = memo.kind === 'document' ? docs.get(memo.target) : undefined
    items.push(
      memoToWebAnnotation(memo, {
        source: doc?.iri,
        fileName: doc?.fileName,
        themeLabel: memo.kind === 'theme' ? themeDisplayName(input.codebook, memo.target) : undefined,
      }),
    )
  }
  const id = `urn:bidu:collection:${hashText([options.now.toISOString(), ...items.map((item) => String(item.id))].join('\n'))}`
  const collection = {
    ...toAnnotationCollection(items, { id, label: options.title }),
    generator: options.appVersion,
    generated: options.now.toISOString(),
  }
  return `${JSON.stringify(collection, null, JSON_INDENT)}\n`
}

/** What fromJsonLd read. */
export interface JsonLdImport {
  annotations: Annotation[]
  /** `target.source` values the lookup did not resolve (their annotations are not in `annotations`). */
  unknownSources: string[]
}

export interface JsonLdImportOptions {
  codebook: Codebook
  /**
   * Maps an annotation's `target.source` (and the `bidu:documentId` it carried, '' if none) to a
   * library document id; undefined = unknown. Default: the carried document id, else the source.
   */
  resolveSource?: (source: string, documentId: string) => string | undefined
}

export type JsonLdErrorCode = 'BAD_JSON' | 'NOT_A_COLLECTION' | W3cErrorCode

/**
 * Reads a W3C collection (or bare array), exported by Bidu or another tool.
 * Fails on text that is not JSON, not a collection, or holds an unreadable annotation (all or nothing,
 * so an import never half-happens).
 */
export function fromJsonLd(text: string, options: JsonLdImportOptions): Result<JsonLdImport, JsonLdErrorCode> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return fail('BAD_JSON', `not JSON: ${messageOf(e)}`)
  }
  const parsed = parseAnnotationCollection(json)
  if (!parsed.ok) return parsed
  const themeByName = new Map<string, string>()
  for (const t of options.codebook.themes) for (const name of [t.labelEn, t.labelZh, t.id]) themeByName.set(name, t.id)
  const resolve = options.resolveSource ?? ((source: string, documentId: string) => documentId || source)
  const annotations: Annotation[] = []
  const unknown = new Set<string>()
  for (const { annotation, source } of parsed.value.items) {
    const documentId = resolve(source ?? '', annotation.documentId)
    if (documentId === undefined) {
      unknown.add(source ?? '')
      continue
    }
    const themes = [...annotation.themes, ...annotation.tags.flatMap((t) => (themeByName.has(t) ? [themeByName.get(t) as string] : []))]
    annotations.push({
      ...annotation,
      documentId,
      themes: [...new Set(themes)],
      tags: annotation.tags.filter((t) => !themeByName.has(t)),
    })
  }
  return ok({ annotations, unknownSources: [...unknown] })
}
