/**
 * Validation of codebooks that come from outside (a JSON file, the app's storage, the codebook
 * editor): shape, ids, colours, terms and sub-themes, with messages a researcher can act on, naming
 * the theme and sub-theme. Also the JSON round trip. A flat codebook of an earlier version is
 * migrated after it validates (migrate-codebook.ts); it deliberately does not merge codebooks.
 */
import { messageOf, fail, ok, type Result } from '../result'
import { foldTerm } from '../terms/term-trie'
import { CODEBOOK_VERSION, migrateCodebook } from './migrate-codebook'
import type { Codebook, CodebookVersion, SubTheme, Theme, ThemeTerm } from './types'

export type CodebookErrorCode =
  | 'BAD_JSON'
  | 'BAD_SHAPE'
  | 'EMPTY_CODEBOOK'
  | 'DUPLICATE_ID'
  | 'BAD_COLOR'
  | 'NO_TERMS'
  | 'BAD_TERM'
  | 'EMPTY_SUBTHEME'
  | 'DUPLICATE_SUBTHEME'
  | 'TERM_COLLISION'

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

function validateTerms(raw: unknown[], where: string): Result<ThemeTerm[], CodebookErrorCode> {
  const checked: ThemeTerm[] = []
  for (const t of raw) {
    const r = validateTerm(t, where)
    if (!r.ok) return r
    checked.push(r.value)
  }
  return ok(checked)
}

function validateSubtheme(raw: unknown, themeId: string, index: number): Result<SubTheme, CodebookErrorCode> {
  const where = `theme "${themeId}", sub-theme ${index + 1}`
  if (!isRecord(raw)) return fail('BAD_SHAPE', `${where} is not an object`)
  const { id, labelZh, labelEn, terms } = raw
  if (typeof id !== 'string' || !THEME_ID.test(id)) {
    return fail('BAD_SHAPE', `${where}: id must be lower-case letters, digits, - or _ (got ${JSON.stringify(id)})`)
  }
  const name = `theme "${themeId}", sub-theme "${id}"`
  if (typeof labelZh !== 'string' || typeof labelEn !== 'string' || (labelZh.trim() === '' && labelEn.trim() === '')) {
    return fail('EMPTY_SUBTHEME', `${name}: needs a name (labelZh or labelEn)`)
  }
  if (!Array.isArray(terms)) return fail('EMPTY_SUBTHEME', `${name} has no terms`)
  const checked = validateTerms(terms, name)
  if (!checked.ok) return checked
  if (!checked.value.some((t) => t.weight > 0)) return fail('EMPTY_SUBTHEME', `${name} has no terms`)
  return ok({ id, labelZh: labelZh.trim(), labelEn: labelEn.trim(), terms: checked.value })
}

/**
 * Sub-themes of one theme: each valid, no id or name twice, and no term in two sub-themes (or twice
 * in one), compared as matching compares them (width and case folded), since a passage could not
 * tell such sub-themes apart.
 */
function validateSubthemes(raw: unknown, themeId: string): Result<SubTheme[] | undefined, CodebookErrorCode> {
  if (raw === undefined) return ok(undefined)
  if (!Array.isArray(raw)) return fail('BAD_SHAPE', `theme "${themeId}": "subthemes" must be an array`)
  const subthemes: SubTheme[] = []
  const ids = new Set<string>()
  const names = new Map<string, string>()
  const owners = new Map<string, string>()
  for (let i = 0; i < raw.length; i++) {
    const r = validateSubtheme(raw[i], themeId, i)
    if (!r.ok) return r
    const s = r.value
    if (ids.has(s.id)) return fail('DUPLICATE_SUBTHEME', `theme "${themeId}": sub-theme id "${s.id}" appears more than once`)
    ids.add(s.id)
    for (const label of [s.labelZh, s.labelEn]) {
      const other = label && names.get(label.toLowerCase())
      if (other) return fail('DUPLICATE_SUBTHEME', `theme "${themeId}": sub-themes "${other}" and "${s.id}" are both named "${label}"`)
    }
    for (const label of [s.labelZh, s.labelEn]) if (label) names.set(label.toLowerCase(), s.id)
    for (const t of s.terms) {
      const key = foldTerm(t.term)
      const owner = owners.get(key)
      if (owner === s.id) return fail('TERM_COLLISION', `theme "${themeId}": term "${t.term}" appears twice in sub-theme "${s.id}"`)
      if (owner) return fail('TERM_COLLISION', `theme "${themeId}": term "${t.term}" is in both sub-themes "${owner}" and "${s.id}"`)
      owners.set(key, s.id)
    }
    subthemes.push(s)
  }
  return ok(subthemes)
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
  const checked = validateTerms(terms, `theme "${id}"`)
  if (!checked.ok) return checked
  if (!checked.value.some((t) => t.weight > 0)) return fail('NO_TERMS', `theme "${id}" has only excluded phrases (weight 0), no terms`)
  const subthemes = validateSubthemes(raw.subthemes, id)
  if (!subthemes.ok) return subthemes
  const theme: Theme = { id, labelZh, labelEn, color, terms: checked.value }
  if (subthemes.value) theme.subthemes = subthemes.value
  return ok(theme)
}

/**
 * Checks an untrusted value as a codebook and returns it at the current version. Fails with
 * EMPTY_CODEBOOK (no themes), NO_TERMS (a theme without terms), DUPLICATE_ID, BAD_COLOR, BAD_TERM,
 * EMPTY_SUBTHEME (a sub-theme without terms or name), DUPLICATE_SUBTHEME (an id or name twice in a
 * theme), TERM_COLLISION (a term in two sub-themes of a theme) or BAD_SHAPE, naming the offender.
 */
export function validateCodebook(raw: unknown): Result<Codebook, CodebookErrorCode> {
  if (!isRecord(raw) || !Array.isArray(raw.themes)) return fail('BAD_SHAPE', 'a codebook is an object with a "themes" array')
  const version: CodebookVersion = raw.version === undefined ? 1 : (raw.version as CodebookVersion)
  if (version !== 1 && version !== CODEBOOK_VERSION) return fail('BAD_SHAPE', `unsupported codebook version ${JSON.stringify(raw.version)}`)
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
  return ok(migrateCodebook({ version, themes }))
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
