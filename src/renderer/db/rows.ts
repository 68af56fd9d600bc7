/** Row operations every table's module shares: reading some ids, deleting with an undo, putting back. */
import type { Table } from 'dexie'
import type { BiduDatabase } from './database'

/** The rows with these ids, in the order given; ids that do not exist are skipped. */
export async function existingRows<T>(table: Table<T, string>, ids: readonly string[]): Promise<T[]> {
  return (await table.bulkGet([...ids])).filter((row): row is T => row !== undefined)
}

/** Deletes rows by id in one transaction; returns the deleted rows, which {@link putRowsBack} restores exactly. */
export function takeRows<T extends { id: string }>(db: BiduDatabase, table: Table<T, string>, ids: readonly string[]): Promise<T[]> {
  return db.transaction('rw', table, async () => {
    const rows = await existingRows(table, ids)
    await table.bulkDelete(rows.map((row) => row.id))
    return rows
  })
}

/** Puts rows back exactly as given, in one transaction (undo of a delete or an edit); existing ids are overwritten. */
export async function putRowsBack<T>(db: BiduDatabase, table: Table<T, string>, rows: readonly T[]): Promise<void> {
  await db.transaction('rw', table, async () => {
    await table.bulkPut([...rows])
  })
}
