/**
 * Named reads and writes of comparison sets (what the compare views work on) and of the current one.
 * A set is checked by the core's checkSet before it is stored; a bad one is refused with its problem
 * and nothing is written.
 */
import { checkSet, toSetRule, type ComparisonSet, type SetProblem, type SetRule } from '../../core/compare/comparison-set'
import { getDatabase, type BiduDatabase } from './database'
import { getSetting, setSetting } from './settings'

/** Every saved set, most recently changed first; damaged rows are left out. */
export async function listSets(db: BiduDatabase = getDatabase()): Promise<ComparisonSet[]> {
  const rows = await db.comparisonSets.orderBy('updatedAt').reverse().toArray()
  return rows.flatMap((row) => {
    const rule = toSetRule(row.rule)
    return rule && typeof row.name === 'string' ? [{ ...row, rule }] : []
  })
}

/**
 * Saves a set under `name` (a new one, or `id`'s replacement) and makes it the current set.
 * Returns the stored set, or the problem that kept it from being stored.
 */
export async function saveSet(
  input: { id?: string; name: string; rule: SetRule; labels?: Record<string, string> },
  db: BiduDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<{ ok: true; set: ComparisonSet } | { ok: false; problem: SetProblem }> {
  const problem = checkSet(input.name, input.rule)
  if (problem) return { ok: false, problem }
  return db.transaction('rw', db.comparisonSets, db.settings, async () => {
    const old = input.id ? await db.comparisonSets.get(input.id) : undefined
    const set: ComparisonSet = {
      id: old?.id ?? crypto.randomUUID(),
      name: input.name.trim(),
      rule: input.rule,
      labels: input.labels,
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
    }
    await db.comparisonSets.put(set)
    await setSetting('comparisonSet', set.id, db)
    return { ok: true as const, set }
  })
}

/**
 * Adds documents to a set chosen by documents (`setId`), or to a new one named `name`, and makes it
 * the current set; ids already in it are not repeated. Returns the stored set, or the problem that kept
 * it from being stored (nothing is written then): NOT_BY_DOCUMENTS for a set chosen by places or level,
 * or one that no longer exists.
 */
export async function addToSet(
  target: { setId: string } | { name: string },
  ids: readonly string[],
  db: BiduDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<{ ok: true; set: ComparisonSet } | { ok: false; problem: SetProblem | 'NOT_BY_DOCUMENTS' }> {
  if ('name' in target) return saveSet({ name: target.name, rule: { kind: 'documents', ids: [...new Set(ids)] } }, db, now)
  return db.transaction('rw', db.comparisonSets, db.settings, async () => {
    const old = await db.comparisonSets.get(target.setId)
    const rule = old && toSetRule(old.rule)
    if (!old || rule?.kind !== 'documents') return { ok: false as const, problem: 'NOT_BY_DOCUMENTS' as const }
    return saveSet(
      { id: old.id, name: old.name, rule: { kind: 'documents', ids: [...new Set([...rule.ids, ...ids])] }, labels: old.labels },
      db,
      now,
    )
  })
}

/** Deletes a set; when it was the current one, no set is current any more. Returns the deleted set. */
export async function deleteSet(id: string, db: BiduDatabase = getDatabase()): Promise<ComparisonSet | undefined> {
  return db.transaction('rw', db.comparisonSets, db.settings, async () => {
    const old = await db.comparisonSets.get(id)
    await db.comparisonSets.delete(id)
    if ((await getSetting('comparisonSet', db)) === id) await db.settings.delete('comparisonSet')
    return old
  })
}

/** Makes `id` the current set (undefined: none). */
export async function chooseSet(id: string | undefined, db: BiduDatabase = getDatabase()): Promise<void> {
  if (id === undefined) await db.settings.delete('comparisonSet')
  else await setSetting('comparisonSet', id, db)
}

/** The current set, or undefined when none is chosen or it was deleted. */
export async function currentSet(db: BiduDatabase = getDatabase()): Promise<ComparisonSet | undefined> {
  const id = await getSetting('comparisonSet', db)
  if (typeof id !== 'string') return undefined
  const row = await db.comparisonSets.get(id)
  const rule = row && toSetRule(row.rule)
  return row && rule ? { ...row, rule } : undefined
}
