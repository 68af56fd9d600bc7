/**
 * Maps one Bidu annotation to and from a W3C Web Annotation (Data Model, 2017 Recommendation) as
 * plain JSON. Bidu's choices, kept round-trippable:
 * - target: `{ source, selector: [TextQuoteSelector, TextPositionSelector] }`; offsets are UTF-16 code
 *   units of the document text (the W3C text speaks of code points), stated in `"bidu:offsetUnit"`.
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
  /** `target.source` (usually the document's file name or URL); undefined when absent. */
  source: string | undefined
  /** The original JSON object (to keep unknown properties when writing back). */
  raw: WebAnnotation
}

/** Options of {@link toWebAnnotation}. */
export interface ToWebAnnotationOptions {
  /** `target.source`: the document's file name or URI. */
  source: string
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
  return {
    '@context': ANNO_CONTEXT,
    ...base,
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.note !== '' ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.updated,
    body,
    target: {
      ...baseTarget,
      source: options.source,
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
    id: typeof value.id === 'string' && value.id !== '' ? value.id : `annotation-${index + 1}`,
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
  return ok({ annotation, source: typeof target.source === 'string' ? target.source : undefined, raw: value })
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
    isRecord(s) && s.type === 'TextQuoteSelector' ? { ...s, ...quote } : isRecord(s) && s.type === 'TextPositionSelector' ? { ...s, ...position } : s,
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
