/**
 * Validation of codebooks that come from outside (a JSON file, the app's storage): shape, ids,
 * colours and terms, with messages a researcher can act on. Also the JSON round trip. It deliberately
 * does not merge or migrate codebooks.
 */
import { messageOf, fail, ok, type Result } from '../result'
import type { Codebook, Theme, ThemeTerm } from './types'

export type CodebookErrorCode = 'BAD_JSON' | 'BAD_SHAPE' | 'EMPTY_CODEBOOK' | 'DUPLICATE_ID' | 'BAD_COLOR' | 'NO_TERMS' | 'BAD_TERM'

/** CSS hex colours (#rgb or #rrggbb): the form the app's colour picker writes. */
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i
/** Theme ids: stable, machine-readable keys used in exports and CSV column names. */
const THEME_ID = /^[a-z][a-z0-9_-]{0,39}$/

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function validateTerm(raw: unknown, where: string): Result<ThemeTerm, CodebookErrorCode> {
  if (!isRecord(raw) || typeof raw.term !== 'string' || raw.term.trim() === '') {
    return fail('BAD_TERM', `${where}: each term needs a non-empty "term" string`)
  }
  const weight = raw.weight === undefined ? 1 : raw.weight
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    return fail('BAD_TERM', `${where}: term "${raw.term}" needs a numeric weight of 0 (excluded phrase) or more`)
  }
  return ok({ term: raw.term.trim(), weight })
}

function validateTheme(raw: unknown, index: number): Result<Theme, CodebookErrorCode> {
  if (!isRecord(raw)) return fail('BAD_SHAPE', `theme ${index + 1} is not an object`)
  const { id, labelZh, labelEn, color, terms } = raw
  if (typeof id !== 'string' || !THEME_ID.test(id)) {
    return fail('BAD_SHAPE', `theme ${index + 1}: id must be lower-case letters, digits, - or _ (got ${JSON.stringify(id)})`)
  }
  if (typeof labelZh !== 'string' || typeof labelEn !== 'string' || (labelZh.trim() === '' && labelEn.trim() === '')) {
    return fail('BAD_SHAPE', `theme "${id}": needs labelZh and labelEn strings, at least one non-empty`)
  }
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
    return fail('BAD_COLOR', `theme "${id}": colour must be #rgb or #rrggbb (got ${JSON.stringify(color)})`)
  }
  if (!Array.isArray(terms) || terms.length === 0) return fail('NO_TERMS', `theme "${id}" has no terms`)
  const checked: ThemeTerm[] = []
  for (const t of terms) {
    const r = validateTerm(t, `theme "${id}"`)
    if (!r.ok) return r
    checked.push(r.value)
  }
  if (!checked.some((t) => t.weight > 0)) return fail('NO_TERMS', `theme "${id}" has only excluded phrases (weight 0), no terms`)
  return ok({ id, labelZh, labelEn, color, terms: checked })
}

/**
 * Checks an untrusted value as a codebook. Fails with EMPTY_CODEBOOK (no themes), NO_TERMS (a theme
 * without terms), DUPLICATE_ID, BAD_COLOR, BAD_TERM or BAD_SHAPE, naming the offending theme.
 */
export function validateCodebook(raw: unknown): Result<Codebook, CodebookErrorCode> {
  if (!isRecord(raw) || !Array.isArray(raw.themes)) return fail('BAD_SHAPE', 'a codebook is an object with a "themes" array')
  if (raw.version !== undefined && raw.version !== 1) return fail('BAD_SHAPE', `unsupported codebook version ${JSON.stringify(raw.version)}`)
  if (raw.themes.length === 0) return fail('EMPTY_CODEBOOK', 'the codebook has no themes')
  const themes: Theme[] = []
  const ids = new Set<string>()
  for (let i = 0; i < raw.themes.length; i++) {
    const r = validateTheme(raw.themes[i], i)
    if (!r.ok) return r
    if (ids.has(r.value.id)) return fail('DUPLICATE_ID', `theme id "${r.value.id}" appears more than once`)
    ids.add(r.value.id)
    themes.push(r.value)
  }
  return ok({ version: 1, themes })
}

/** Serialises a codebook as pretty-printed JSON (the app's export format). */
export function toCodebookJson(codebook: Codebook): string {
  return JSON.stringify(codebook, null, 2) + '\n'
}

/** Parses and validates codebook JSON text; BAD_JSON when it does not parse. */
export function fromCodebookJson(json: string): Result<Codebook, CodebookErrorCode> {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (e) {
    return fail('BAD_JSON', `the codebook is not valid JSON (${messageOf(e)})`)
  }
  return validateCodebook(raw)
}
