/**
 * The full shape of the backup rows that have no validator of their own elsewhere in the core:
 * document rows (as the library stores them) and alignment decisions, as valibot schemas. A restore
 * writes rows straight into the database, and the library then reads `doc.metadata.title` or
 * `decision.passage.docId` without checks, so every field the app relies on is checked here, before
 * anything is written. Unknown extra fields are kept (a newer feature's fields survive a round trip).
 * Annotations, memos and the codebook are checked by their own validators (see backup-format.ts).
 */
import * as v from 'valibot'

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must be a non-empty string'))
const offset = v.pipe(v.number(), v.integer(), v.minValue(0))
/** Milliseconds since the epoch, as the library stores every row time. */
const time = v.pipe(v.number('must be a time in milliseconds'), v.finite())

const metadataSchema = v.looseObject({
  title: v.string(),
  place: v.string(),
  province: v.optional(v.string()),
  city: v.optional(v.string()),
  district: v.optional(v.string()),
  town: v.optional(v.string()),
  level: v.picklist(['national', 'province', 'city', 'district', 'county', 'town', 'village', 'unknown']),
  year: v.optional(v.pipe(v.number(), v.integer())),
  docType: v.picklist(['government-work-report', 'action-plan', 'plan', 'notice', 'other']),
})

const removedSpanSchema = v.pipe(
  v.object({ start: offset, end: offset, reason: v.picklist(['site-debris', 'footnote-marker', 'blank', 'other']) }),
  v.check((s) => s.start <= s.end, 'needs start ≤ end'),
)

/** A stored document: the imported document, its metadata and bookkeeping (see StoredDocument). */
export const documentRowSchema = v.pipe(
  v.looseObject({
    id: nonEmpty,
    fileName: v.string(),
    format: v.picklist(['txt', 'html', 'docx', 'pdf']),
    encoding: v.optional(v.string()),
    text: v.string(),
    rawText: v.string(),
    removed: v.array(removedSpanSchema),
    metadata: metadataSchema,
    textHash: v.optional(v.string()),
    sampleFile: v.optional(v.string()),
    importedAt: time,
    updatedAt: time,
  }),
  v.check((d) => d.removed.every((s) => s.end <= d.rawText.length), 'a removed span lies past the end of rawText'),
)

const passageKeySchema = v.object({ docId: nonEmpty, start: offset, end: offset, quoteHash: v.string() })

/** An alignment decision taken on theme lanes (see AlignmentDecision). */
export const decisionRowSchema = v.looseObject({
  id: nonEmpty,
  themeId: nonEmpty,
  kind: v.picklist(['confirm', 'reject', 'link']),
  passage: passageKeySchema,
  others: v.array(passageKeySchema),
  createdAt: time,
})

/** One setting row: a key and any JSON value. */
export const settingRowSchema = v.object({ key: nonEmpty, value: v.unknown() })

export type DocumentRow = v.InferOutput<typeof documentRowSchema>
export type DecisionRow = v.InferOutput<typeof decisionRowSchema>

/**
 * Checks `value` against `schema`.
 * @returns the parsed value, or a message naming the first field at fault (e.g. `metadata.title: …`)
 */
export function checkRow<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string } {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  const path = v.getDotPath(issue)
  return { ok: false, message: path ? `${path}: ${issue.message}` : issue.message }
}
