/**
 * Runtime check of a stored annotation record (backups, IPC, imports of Bidu's own rows): every
 * field present with the right type, offsets non-negative integers with start ≤ end. Does not check
 * offsets against a document's text length (the caller knows the text; see parseBackup).
 */
import * as v from 'valibot'
import { fail, ok, type Result } from '../result'
import type { Annotation, AnchorStatus, HighlightColor } from './types'

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple']
const ANCHOR_STATUSES: readonly AnchorStatus[] = ['exact', 'fuzzy', 'orphan']

const nonEmpty = (key: string) => v.pipe(v.string(`${key} must be a non-empty string`), v.minLength(1, `${key} must be a non-empty string`))
const text = (key: string) => v.string(`${key} must be a string`)
const strings = (key: string) => v.array(v.string(`${key} must be a list of strings`), `${key} must be a list of strings`)
const QUOTE_PARTS = 'quote.exact, prefix and suffix must be strings'
const OFFSETS = 'position needs integer offsets 0 ≤ start ≤ end'
const offset = v.pipe(v.number(OFFSETS), v.integer(OFFSETS), v.minValue(0, OFFSETS))

/** Entries in the order they are checked, so the message names the first field at fault. */
const annotationSchema = v.object(
  {
    id: nonEmpty('id'),
    documentId: nonEmpty('documentId'),
    textHash: text('textHash'),
    note: text('note'),
    created: text('created'),
    updated: text('updated'),
    quote: v.object(
      {
        type: v.literal('TextQuoteSelector', 'quote must be a TextQuoteSelector'),
        exact: v.string(QUOTE_PARTS),
        prefix: v.string(QUOTE_PARTS),
        suffix: v.string(QUOTE_PARTS),
      },
      'quote must be a TextQuoteSelector',
    ),
    position: v.pipe(
      v.object(
        { type: v.literal('TextPositionSelector', 'position must be a TextPositionSelector'), start: offset, end: offset },
        'position must be a TextPositionSelector',
      ),
      v.check((p) => p.start <= p.end, OFFSETS),
    ),
    color: v.picklist(HIGHLIGHT_COLORS, `color must be one of ${HIGHLIGHT_COLORS.join(', ')}`),
    anchorStatus: v.picklist(ANCHOR_STATUSES, `anchorStatus must be one of ${ANCHOR_STATUSES.join(', ')}`),
    themes: strings('themes'),
    tags: strings('tags'),
  },
  'not an object',
)

/**
 * Validates `raw` as an {@link Annotation}.
 * @returns the annotation (a fresh object holding only known fields) or BAD_ANNOTATION naming the field
 */
export function validateAnnotation(raw: unknown): Result<Annotation, 'BAD_ANNOTATION'> {
  // An array is an object to valibot; a stored annotation never is one.
  if (Array.isArray(raw)) return fail('BAD_ANNOTATION', 'not an object')
  const result = v.safeParse(annotationSchema, raw, { abortEarly: true })
  if (!result.success) return fail('BAD_ANNOTATION', result.issues[0].message)
  // Fields in the record's own order (a backup written again must come out byte for byte the same).
  const { id, documentId, textHash, quote, position, color, themes, tags, note, created, updated, anchorStatus } = result.output
  return ok({ id, documentId, textHash, quote, position, color, themes, tags, note, created, updated, anchorStatus })
}
