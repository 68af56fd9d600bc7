/**
 * Maps one Bidu annotation to and from a W3C Web Annotation (Data Model, 2017 Recommendation) as
 * plain JSON. Bidu's choices, kept round-trippable:
 * - id: an IRI — `urn:uuid:<id>` for Bidu's UUIDs, `urn:bidu:annotation:<id>` for other ids, an id
 *   that already is an IRI kept; read back to the bare id.
 * - target: `{ source, "bidu:fileName", selector: [TextQuoteSelector, TextPositionSelector] }`; the
 *   source is an IRI naming the text version, `urn:bidu:doc:<hashText of the text>`, and the file name
 *   has a property of its own; offsets are UTF-16 code units of the document text (the W3C text speaks
 *   of code points), stated in `"bidu:offsetUnit"`.
 * - no empty fields: `created`/`modified` are left out when unknown, `body` when there is none.
 * - note: a `TextualBody` with `purpose: "commenting"`, `format: "text/markdown"`.
 * - tags: `TextualBody` items with `purpose: "tagging"` and the tag as `value`.
 * - themes: also `purpose: "tagging"` items (so generic tools show them as tags), `value` = the theme's
 *   label (or id) and the theme id in `"bidu:theme"`; an item with `"bidu:theme"` is a theme, never a tag.
 * - colour, document id, text hash: `"bidu:color"`, `"bidu:documentId"`, `"bidu:textHash"`;
 *   anchor status: `"anchorStatus"` (the CLI contract's name).
 * Unknown properties of an imported annotation are kept when it is written back (pass it as `base`).
 * Does not read or write files, and does not re-anchor.
 */
import * as v from 'valibot'
import type { Annotation, AnchorStatus, HighlightColor, TextPositionSelector, TextQuoteSelector } from '../anchoring/types'
import { fail, ok, type Result } from '../result'

/** A Web Annotation as JSON (unknown extension properties allowed). */
export type WebAnnotation = Record<string, unknown>

/** Error codes of {@link fromWebAnnotation}. */
export type W3cErrorCode = 'NOT_AN_OBJECT' | 'NOT_AN_ANNOTATION' | 'NO_TARGET' | 'NO_QUOTE' | 'BAD_SELECTOR' | 'BAD_BODY'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** The value of `"bidu:offsetUnit"`: how TextPositionSelector offsets are counted. */
export const OFFSET_UNIT = 'UTF-16 code units'
/** IRI prefix naming a document's text version by its hash (see documentIri). */
const DOCUMENT_IRI_PREFIX = 'urn:bidu:doc:'
/** IRI prefix for annotation ids that are not UUIDs. */
const ANNOTATION_IRI_PREFIX = 'urn:bidu:annotation:'
const UUID_IRI_PREFIX = 'urn:uuid:'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** An IRI already: a scheme followed by a colon (RFC 3987). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** `urn:bidu:doc:<textHash>`: the IRI of a document text version (hashText of its cleaned text). */
export function documentIri(textHash: string): string {
  return `${DOCUMENT_IRI_PREFIX}${encodeURIComponent(textHash)}`
}

/** The IRI written as an annotation's `id` (see the file comment). */
function annotationIri(id: string): string {
  if (UUID.test(id)) return `${UUID_IRI_PREFIX}${id.toLowerCase()}`
  return HAS_SCHEME.test(id) ? id : `${ANNOTATION_IRI_PREFIX}${encodeURIComponent(id)}`
}

/** The Bidu id behind an annotation IRI (the inverse of annotationIri; other IRIs stay as they are). */
function idFromIri(iri: string): string {
  if (iri.startsWith(UUID_IRI_PREFIX) && UUID.test(iri.slice(UUID_IRI_PREFIX.length))) return iri.slice(UUID_IRI_PREFIX.length)
  if (iri.startsWith(ANNOTATION_IRI_PREFIX)) {
    try {
      return decodeURIComponent(iri.slice(ANNOTATION_IRI_PREFIX.length))
    } catch {
      return iri
    }
  }
  return iri
}

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple']
const STATUSES: readonly AnchorStatus[] = ['exact', 'fuzzy', 'orphan']

/** The parts of a TextQuoteSelector Bidu reads; a missing prefix or suffix is empty. */
const PREFIX_SUFFIX = 'TextQuoteSelector prefix/suffix must be strings'
const quoteSelectorSchema = v.object({
  exact: v.string('TextQuoteSelector.exact is not a string'),
  prefix: v.optional(v.string(PREFIX_SUFFIX), ''),
  suffix: v.optional(v.string(PREFIX_SUFFIX), ''),
})
const OFFSETS = 'TextPositionSelector needs integer offsets 0 ≤ start ≤ end'
const offset = v.pipe(v.number(OFFSETS), v.integer(OFFSETS), v.minValue(0, OFFSETS))
const positionSelectorSchema = v.pipe(
  v.object({ start: offset, end: offset }),
  v.check((p) => p.start <= p.end, OFFSETS),
)

/** An imported annotation: Bidu's record, the target source, and the JSON it came from. */
export interface ImportedWebAnnotation {
  annotation: Annotation
  /**
   * The document's file name when the target names one (`"bidu:fileName"`), else `target.source`
   * (a file name or URL from other tools); undefined when neither is there.
   */
  source: string | undefined
  /** The original JSON object (to keep unknown properties when writing back). */
  raw: WebAnnotation
}

/** Options of {@link toWebAnnotation}. */
export interface ToWebAnnotationOptions {
  /** `target.source`: an IRI of the document (see documentIri). */
  source: string
  /** The document's file name, written as `"bidu:fileName"` beside the source. */
  fileName?: string
  /** Label shown for a theme id (e.g. from the codebook); the id itself when omitted or unknown. */
  themeLabel?: (themeId: string) => string | undefined
  /** The annotation as it was imported: its unknown properties and extra body items are kept. */
  base?: WebAnnotation
}

/**
 * Writes `annotation` as a Web Annotation JSON object (see the file comment for the mapping).
 * @returns a new object; `options.base` is not modified
 */
export function toWebAnnotation(annotation: Annotation, options: ToWebAnnotationOptions): WebAnnotation {
  const base = options.base ?? {}
  const body: unknown[] = asArray(base.body).filter((b) => !isRecord(b) || (b.purpose !== 'commenting' && b.purpose !== 'tagging'))
  if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: annotation.note })
  for (const id of annotation.themes) {
    body.push({ type: 'TextualBody', purpose: 'tagging', value: options.themeLabel?.(id) ?? id, 'bidu:theme': id })
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  const baseTarget = isRecord(base.target) ? base.target : {}
  const otherSelectors = asArray(baseTarget.selector).filter(
    (s) => !isRecord(s) || (s.type !== 'TextQuoteSelector' && s.type !== 'TextPositionSelector'),
  )
  const { created: _created, modified: _modified, body: _body, ...kept } = base
  return {
    '@context': ANNO_CONTEXT,
    ...kept,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note !== '' ? 'commenting' : 'highlighting',
    ...(annotation.created !== '' ? { created: annotation.created } : {}),
    ...(annotation.updated !== '' ? { modified: annotation.updated } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: {
      ...baseTarget,
      source: options.source,
      ...(options.fileName !== undefined ? { 'bidu:fileName': options.fileName } : {}),
      selector: [{ ...annotation.quote }, { ...annotation.position }, ...otherSelectors],
    },
    'bidu:documentId': annotation.documentId,
    'bidu:textHash': annotation.textHash,
    'bidu:color': annotation.color,
    'bidu:offsetUnit': OFFSET_UNIT,
    anchorStatus: annotation.anchorStatus,
  }
}

/**
 * Reads a Web Annotation (from any tool) into Bidu's record. Needs a TextQuoteSelector; a missing
 * TextPositionSelector becomes {0, 0} (anchoring then finds the quote). Missing Bidu fields get
 * neutral values: id '' → `annotation-<index>`, colour yellow, status exact, empty hash and times.
 * @param index the item's position in its collection, for error messages and default ids
 */
export function fromWebAnnotation(value: unknown, index = 0): Result<ImportedWebAnnotation, W3cErrorCode> {
  const where = `annotation ${index + 1}`
  if (!isRecord(value)) return fail('NOT_AN_OBJECT', `${where} is not a JSON object`)
  if (value.type !== undefined && !asArray(value.type).includes('Annotation')) {
    return fail('NOT_AN_ANNOTATION', `${where} has type ${JSON.stringify(value.type)}, not "Annotation"`)
  }
  const target = asArray(value.target).find(isRecord)
  if (!target) return fail('NO_TARGET', `${where} has no target object with selectors`)
  const selectors = asArray(target.selector).filter(isRecord)
  const q = selectors.find((s) => s.type === 'TextQuoteSelector')
  if (!q) return fail('NO_QUOTE', `${where} has no TextQuoteSelector`)
  const parsedQuote = v.safeParse(quoteSelectorSchema, q, { abortEarly: true })
  if (!parsedQuote.success) return fail('BAD_SELECTOR', `${where}: ${parsedQuote.issues[0].message}`)
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', ...parsedQuote.output }
  const p = selectors.find((s) => s.type === 'TextPositionSelector')
  let position: TextPositionSelector = { type: 'TextPositionSelector', start: 0, end: 0 }
  if (p) {
    const parsedPosition = v.safeParse(positionSelectorSchema, p, { abortEarly: true })
    if (!parsedPosition.success) return fail('BAD_SELECTOR', `${where}: ${parsedPosition.issues[0].message}`)
    position = { type: 'TextPositionSelector', ...parsedPosition.output }
  }
  const bodies = asArray(value.body)
  if (bodies.some((b) => !isRecord(b) && typeof b !== 'string')) return fail('BAD_BODY', `${where}: body items must be objects`)
  const notes: string[] = []
  const themes: string[] = []
  const tags: string[] = []
  for (const b of bodies.filter(isRecord)) {
    if (typeof b.value !== 'string') continue
    if (typeof b['bidu:theme'] === 'string') themes.push(b['bidu:theme'])
    else if (b.purpose === 'tagging') tags.push(b.value)
    else if (b.purpose === 'commenting' || (b.purpose === undefined && b.type === 'TextualBody')) notes.push(b.value)
  }
  const color = COLORS.find((c) => c === value['bidu:color']) ?? 'yellow'
  const status = STATUSES.find((s) => s === value.anchorStatus) ?? 'exact'
  const annotation: Annotation = {
    id: typeof value.id === 'string' && value.id !== '' ? idFromIri(value.id) : `annotation-${index + 1}`,
    documentId: str(value['bidu:documentId']),
    textHash: str(value['bidu:textHash']),
    quote,
    position,
    color,
    themes,
    tags,
    note: notes.join('\n\n'),
    created: str(value.created),
    updated: str(value.modified) || str(value.created),
    anchorStatus: status,
  }
  const fileName = target['bidu:fileName']
  const source = typeof fileName === 'string' && fileName !== '' ? fileName : typeof target.source === 'string' ? target.source : undefined
  return ok({ annotation, source, raw: value })
}

/**
 * A copy of `raw` with its TextQuoteSelector and TextPositionSelector replaced (or added) and
 * `anchorStatus` set; every other property is kept as it was. Used by the `anchor` CLI.
 */
export function withSelectors(
  raw: WebAnnotation,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  status: AnchorStatus,
): WebAnnotation {
  const copy = JSON.parse(JSON.stringify(raw)) as WebAnnotation
  const targets = asArray(copy.target)
  const target = targets.find(isRecord) ?? {}
  const selectors = asArray(target.selector)
  const replaced = selectors.map((s) =>
    isRecord(s) && s.type === 'TextQuoteSelector'
      ? { ...s, ...quote }
      : isRecord(s) && s.type === 'TextPositionSelector'
        ? { ...s, ...position }
        : s,
  )
  if (!replaced.some((s) => isRecord(s) && s.type === 'TextPositionSelector')) replaced.push({ ...position })
  target.selector = replaced
  if (!Array.isArray(copy.target)) copy.target = target
  copy.anchorStatus = status
  return copy
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function asArray(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}
