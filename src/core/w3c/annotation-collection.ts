/**
 * W3C AnnotationCollection JSON: writing Bidu annotations as one collection, and reading a
 * collection (`{type: 'AnnotationCollection', items: [...]}`) or a bare array of annotations.
 * Reading is all-or-nothing: the first invalid item fails the whole file with its number, so an
 * import never half-happens. Memos (items marked `"bidu:memo"`) are not passage annotations and are
 * skipped. Does not read files (callers pass parsed JSON).
 */
import { fail, ok, type Result } from '../result'
import { isMemoAnnotation } from './memo-annotation'
import {
  ANNO_CONTEXT,
  fromWebAnnotation,
  OFFSET_UNIT,
  type ImportedWebAnnotation,
  type W3cErrorCode,
  type WebAnnotation,
} from './web-annotation'

/** A parsed collection: its items, and the container to write back in the same shape. */
export interface ParsedAnnotationCollection {
  items: ImportedWebAnnotation[]
  /** The collection object without `items` (undefined when the input was a bare array). */
  container: Record<string, unknown> | undefined
}

/**
 * Wraps Web Annotations (from toWebAnnotation) into an AnnotationCollection. With an `id` (exports
 * always give one) the collection gets it and its one page embedded as `first` (an AnnotationPage, as
 * the W3C model wants); `items` is kept on the collection too, where Bidu's CLI contract and simpler
 * tools read it.
 * @param options.id the collection's IRI; options.label optional human-readable label
 */
export function toAnnotationCollection(items: WebAnnotation[], options: { id?: string; label?: string } = {}): WebAnnotation {
  const { id, label } = options
  return {
    '@context': ANNO_CONTEXT,
    ...(id !== undefined ? { id } : {}),
    type: 'AnnotationCollection',
    ...(label !== undefined ? { label } : {}),
    'bidu:offsetUnit': OFFSET_UNIT,
    total: items.length,
    ...(id !== undefined ? { first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items } } : {}),
    items,
  }
}

/**
 * Reads a collection or a bare array of annotations (already JSON-parsed).
 * @returns the items in order, or the first problem (code and a message naming the item)
 */
export function parseAnnotationCollection(value: unknown): Result<ParsedAnnotationCollection, W3cErrorCode | 'NOT_A_COLLECTION'> {
  let list: unknown[]
  let container: Record<string, unknown> | undefined
  if (Array.isArray(value)) list = value
  else if (typeof value === 'object' && value !== null && Array.isArray(itemsOf(value as Record<string, unknown>))) {
    const { items: _items, first: _first, ...rest } = value as Record<string, unknown>
    const items = itemsOf(value as Record<string, unknown>)
    const type = rest.type
    if (type !== undefined && !(Array.isArray(type) ? type : [type]).includes('AnnotationCollection')) {
      return fail('NOT_A_COLLECTION', `expected an AnnotationCollection, found type ${JSON.stringify(type)}`)
    }
    list = items as unknown[]
    container = rest
  } else return fail('NOT_A_COLLECTION', 'expected an AnnotationCollection with "items" or an array of annotations')
  const items: ImportedWebAnnotation[] = []
  for (let i = 0; i < list.length; i++) {
    if (isMemoAnnotation(list[i])) continue
    const r = fromWebAnnotation(list[i], i)
    if (!r.ok) return r
    items.push(r.value)
  }
  return ok({ items, container })
}

/** A collection's items: its own `items`, else those of its embedded first page (other tools page them). */
function itemsOf(collection: Record<string, unknown>): unknown {
  if (Array.isArray(collection.items)) return collection.items
  const first = collection.first
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>).items : undefined
}
