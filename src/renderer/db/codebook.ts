/**
 * Named reads and writes of the user's codebook: one row holding the whole codebook (see
 * CodebookRow), seeded from the built-in codebook on first use. Every write validates the codebook it
 * would store (validateCodebook) and changes nothing when that fails; writes that replace or delete
 * return the previous codebook for undo.
 */
import {
  builtinCodebook,
  fromCodebookJson,
  migrateCodebook,
  validateCodebook,
  type Codebook,
  type CodebookErrorCode,
  type Theme,
} from '../../core/themes'
import { ok, type Result } from '../../core/result'
import { CODEBOOK_ROW_KEY, getDatabase, type BiduDatabase, type CodebookRow } from './database'

/**
 * The stored codebook (a flat one saved by an earlier version migrated, same themes), or the
 * built-in one (revision 0) when nothing is stored yet.
 */
export async function readCodebook(db: BiduDatabase = getDatabase()): Promise<CodebookRow> {
  const row = await db.codebook.get(CODEBOOK_ROW_KEY)
  if (!row) return { key: CODEBOOK_ROW_KEY, codebook: builtinCodebook(), revision: 0, updatedAt: 0 }
  return { ...row, codebook: migrateCodebook(row.codebook) }
}

/** Stores the built-in codebook when none is stored (atomic: two tabs seed once). Returns the stored row. */
export async function ensureCodebook(db: BiduDatabase = getDatabase()): Promise<CodebookRow> {
  return db.transaction('rw', db.codebook, async () => {
    const row = await db.codebook.get(CODEBOOK_ROW_KEY)
    if (row) return row
    const seeded: CodebookRow = { key: CODEBOOK_ROW_KEY, codebook: builtinCodebook(), revision: 1, updatedAt: Date.now() }
    await db.codebook.put(seeded)
    return seeded
  })
}

/**
 * Validates `next` and stores it as the codebook. Returns the previous codebook (for undo), or the
 * validation failure with nothing changed.
 */
export async function saveCodebook(next: unknown, db: BiduDatabase = getDatabase()): Promise<Result<Codebook, CodebookErrorCode>> {
  const checked = validateCodebook(next)
  if (!checked.ok) return checked
  return db.transaction('rw', db.codebook, async () => {
    const current = await readCodebook(db)
    await db.codebook.put({ key: CODEBOOK_ROW_KEY, codebook: checked.value, revision: current.revision + 1, updatedAt: Date.now() })
    return ok(current.codebook)
  })
}

/** Changes the stored codebook through `change` (validated as in saveCodebook). */
async function updateCodebook(change: (codebook: Codebook) => unknown, db: BiduDatabase): Promise<Result<Codebook, CodebookErrorCode>> {
  return db.transaction('rw', db.codebook, async () => saveCodebook(change((await readCodebook(db)).codebook), db))
}

/** Adds a theme at the end (fails on a duplicate id or an invalid theme). Returns the previous codebook. */
export function addTheme(theme: Theme, db: BiduDatabase = getDatabase()): Promise<Result<Codebook, CodebookErrorCode>> {
  return updateCodebook((c) => ({ ...c, themes: [...c.themes, theme] }), db)
}

/**
 * Replaces the theme `id` with `theme` (its id may not change; its sub-themes stay unless `theme`
 * gives them). Returns the previous codebook.
 */
export function updateTheme(
  id: string,
  theme: Omit<Theme, 'id'>,
  db: BiduDatabase = getDatabase(),
): Promise<Result<Codebook, CodebookErrorCode>> {
  return updateCodebook((c) => ({ ...c, themes: c.themes.map((t) => (t.id === id ? { ...t, ...theme, id } : t)) }), db)
}

/** Deletes the theme `id` (fails with EMPTY_CODEBOOK for the last one). Returns the previous codebook. */
export function deleteTheme(id: string, db: BiduDatabase = getDatabase()): Promise<Result<Codebook, CodebookErrorCode>> {
  return updateCodebook((c) => ({ ...c, themes: c.themes.filter((t) => t.id !== id) }), db)
}

/** Replaces the codebook with the built-in one. Returns the previous codebook. */
export function resetCodebook(db: BiduDatabase = getDatabase()): Promise<Result<Codebook, CodebookErrorCode>> {
  return saveCodebook(builtinCodebook(), db)
}

/** Parses, validates and stores codebook JSON; an invalid file changes nothing. Returns the previous codebook. */
export async function importCodebookJson(json: string, db: BiduDatabase = getDatabase()): Promise<Result<Codebook, CodebookErrorCode>> {
  const parsed = fromCodebookJson(json)
  return parsed.ok ? saveCodebook(parsed.value, db) : parsed
}

/** Number of annotations tagged with theme `id` (asked before deleting a theme). */
export function countAnnotationsWithTheme(id: string, db: BiduDatabase = getDatabase()): Promise<number> {
  return db.annotations.where('themes').equals(id).count()
}

/** Longest generated theme id (validateCodebook allows 40 characters). */
const MAX_ID_LENGTH = 32

/**
 * A new theme id, unused in `existing`: the English label as lower-case letters, digits and dashes
 * (`Housing policy` → `housing-policy`), or `theme` when nothing usable is left, with `-2`, `-3`… added
 * on a clash.
 */
export function newThemeId(labelEn: string, existing: readonly string[]): string {
  const slug = labelEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
  const base = slug || 'theme'
  let id = base
  for (let n = 2; existing.includes(id); n++) id = `${base}-${n}`
  return id
}
