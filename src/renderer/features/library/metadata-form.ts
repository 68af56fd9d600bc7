/**
 * The metadata form's values and validation (pure). The form edits strings; {@link parseMetadataForm}
 * turns them into DocumentMetadata or a list of field errors (message keys).
 */
import type { AdminLevel, DocType, DocumentMetadata } from '../../../core/import/types'
import type { MessageKey } from '../../i18n'

export const LEVELS: readonly AdminLevel[] = ['national', 'province', 'city', 'district', 'county', 'town', 'village', 'unknown']
export const DOC_TYPES: readonly DocType[] = ['government-work-report', 'action-plan', 'plan', 'notice', 'other']

/** Years a government document can be about: the PRC's founding to a far but finite future. */
export const MIN_YEAR = 1949
export const MAX_YEAR = 2100
/** Longest title and place names accepted (characters). */
export const MAX_TITLE_LENGTH = 300
export const MAX_PLACE_LENGTH = 60

export interface MetadataForm {
  title: string
  place: string
  province: string
  city: string
  district: string
  town: string
  level: string
  year: string
  docType: string
}

export type FieldErrors = Partial<Record<keyof MetadataForm, MessageKey>>

/** The form's starting values for `metadata`. */
export function toMetadataForm(metadata: DocumentMetadata): MetadataForm {
  return {
    title: metadata.title,
    place: metadata.place,
    province: metadata.province ?? '',
    city: metadata.city ?? '',
    district: metadata.district ?? '',
    town: metadata.town ?? '',
    level: metadata.level,
    year: metadata.year === undefined ? '' : String(metadata.year),
    docType: metadata.docType,
  }
}

/** Validates the form: a non-empty title, known level and type, a year in range or empty, bounded lengths. */
export function parseMetadataForm(form: MetadataForm): { ok: true; value: DocumentMetadata } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const title = form.title.trim()
  if (!title) errors.title = 'metadata.error.titleRequired'
  else if (title.length > MAX_TITLE_LENGTH) errors.title = 'metadata.error.tooLong'
  for (const field of ['place', 'province', 'city', 'district', 'town'] as const) {
    if (form[field].trim().length > MAX_PLACE_LENGTH) errors[field] = 'metadata.error.tooLong'
  }
  if (!LEVELS.includes(form.level as AdminLevel)) errors.level = 'metadata.error.level'
  if (!DOC_TYPES.includes(form.docType as DocType)) errors.docType = 'metadata.error.docType'
  const yearText = form.year.trim()
  let year: number | undefined
  if (yearText) {
    year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) errors.year = 'metadata.error.year'
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const value: DocumentMetadata = {
    title,
    place: form.place.trim(),
    level: form.level as AdminLevel,
    docType: form.docType as DocType,
  }
  for (const field of ['province', 'city', 'district', 'town'] as const) {
    const v = form[field].trim()
    if (v) value[field] = v
  }
  if (year !== undefined) value.year = year
  return { ok: true, value }
}
