/**
 * Setting metadata on many documents at once (pure): a form whose empty fields mean "keep each
 * document's own value", validated like the one-document form, and the patch it gives applied to a
 * document's metadata. Titles are not in it: they belong to one document each.
 */
import type { AdminLevel, DocType, DocumentMetadata } from '../../../core/import/types'
import { DOC_TYPES, LEVELS, MAX_PLACE_LENGTH, MAX_YEAR, MIN_YEAR, type FieldErrors } from './metadata-form'

/** The fields a selection can share; '' keeps each document's value. */
export interface BulkMetadataForm {
  place: string
  province: string
  city: string
  level: string
  year: string
  docType: string
}

export const EMPTY_BULK_FORM: BulkMetadataForm = { place: '', province: '', city: '', level: '', year: '', docType: '' }

/** The values to set; absent fields are kept. */
export type MetadataPatch = Partial<Pick<DocumentMetadata, 'place' | 'province' | 'city' | 'level' | 'year' | 'docType'>>

/**
 * Validates the form: bounded place names, a known level and type, a year in range.
 * @returns the patch (possibly empty: nothing to change), or the field errors (message keys)
 */
export function parseBulkMetadataForm(form: BulkMetadataForm): { ok: true; value: MetadataPatch } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const value: MetadataPatch = {}
  for (const field of ['place', 'province', 'city'] as const) {
    const text = form[field].trim()
    if (text.length > MAX_PLACE_LENGTH) errors[field] = 'metadata.error.tooLong'
    else if (text) value[field] = text
  }
  if (form.level) {
    if (LEVELS.includes(form.level as AdminLevel)) value.level = form.level as AdminLevel
    else errors.level = 'metadata.error.level'
  }
  if (form.docType) {
    if (DOC_TYPES.includes(form.docType as DocType)) value.docType = form.docType as DocType
    else errors.docType = 'metadata.error.docType'
  }
  const yearText = form.year.trim()
  if (yearText) {
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) errors.year = 'metadata.error.year'
    else value.year = year
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}

/** `metadata` with the patch's fields set (a new object; title and other fields kept). */
export function applyMetadataPatch(metadata: DocumentMetadata, patch: MetadataPatch): DocumentMetadata {
  return { ...metadata, ...patch }
}

/** True when the patch changes nothing. */
export function isEmptyPatch(patch: MetadataPatch): boolean {
  return Object.keys(patch).length === 0
}
