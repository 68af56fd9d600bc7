// Comparison sets (schema version 6): a library written by version 3 (before sets) upgrades with every
// row intact and gains the sets table; saving checks the set, makes it current, survives reopening;
// a bad set is refused and nothing is stored.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { chooseSet, currentSet, deleteSet, listSets, saveSet } from '../../../src/renderer/db/comparison-sets'
import { openDatabase, type BiduDatabase } from '../../../src/renderer/db/database'

const NAME = 'bidu-sets-test'
let current: BiduDatabase | undefined

afterEach(async () => {
  current?.close()
  await Dexie.delete(NAME)
})

/** Version 3 exactly as it shipped (never edit: it stands for users' existing databases). */
function openVersion3(): Dexie {
  const v = new Dexie(NAME)
  v.version(1).stores({ documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile', settings: 'key' })
  v.version(2).stores({ annotations: 'id, documentId, *themes, *tags, updated, color, anchorStatus' })
  v.version(3).stores({ alignmentDecisions: 'id, themeId, passage.docId', codebook: 'key' })
  return v
}

describe('upgrade to version 6 (comparison sets)', () => {
  it('keeps the rows of version 3 and adds an empty sets table', async () => {
    const v3 = openVersion3()
    await v3.table('settings').bulkAdd([{ key: 'locale', value: 'zh' }])
    await v3.table('alignmentDecisions').add({
      id: 'd1',
      themeId: 'safety',
      kind: 'confirm',
      passage: { docId: 'a', start: 0, end: 3, quoteHash: 'h' },
      others: [],
      createdAt: 1,
    })
    v3.close()
    current = openDatabase(NAME)
    await current.open()
    expect(current.verno).toBeGreaterThanOrEqual(6)
    expect(await current.settings.get('locale')).toEqual({ key: 'locale', value: 'zh' })
    expect(await current.alignmentDecisions.count()).toBe(1)
    expect(await current.comparisonSets.count()).toBe(0)
    expect(await currentSet(current)).toBeUndefined()
  })
})

describe('saving and choosing sets', () => {
  it('saves a set as the current one, and it is there after reopening', async () => {
    current = openDatabase(NAME)
    const saved = await saveSet({ name: ' 五区 2023 ', rule: { kind: 'documents', ids: ['a', 'b'] } }, current, 1000)
    expect(saved.ok).toBe(true)
    current.close()
    current = openDatabase(NAME)
    expect(await currentSet(current)).toMatchObject({ name: '五区 2023', rule: { kind: 'documents', ids: ['a', 'b'] }, createdAt: 1000 })
  })

  it('refuses a bad set and stores nothing', async () => {
    current = openDatabase(NAME)
    expect(await saveSet({ name: '', rule: { kind: 'level', level: 'all' } }, current)).toEqual({ ok: false, problem: 'EMPTY_NAME' })
    expect(await saveSet({ name: '国务院', rule: { kind: 'places', places: ['中华人民共和国'], from: 2025, to: 2019 } }, current)).toEqual({
      ok: false,
      problem: 'BAD_YEARS',
    })
    expect(await current.comparisonSets.count()).toBe(0)
    expect(await currentSet(current)).toBeUndefined()
  })

  it('replaces a set by id, lists newest first, and forgets the current one when deleted', async () => {
    current = openDatabase(NAME)
    const a = await saveSet({ name: 'A', rule: { kind: 'level', level: 'all' } }, current, 1)
    const b = await saveSet({ name: 'B', rule: { kind: 'level', level: 'national' } }, current, 2)
    if (!a.ok || !b.ok) throw new Error('not saved')
    await saveSet({ id: a.set.id, name: 'A2', rule: { kind: 'level', level: 'district' } }, current, 3)
    expect((await listSets(current)).map((s) => s.name)).toEqual(['A2', 'B'])
    expect((await currentSet(current))?.name).toBe('A2')
    await chooseSet(b.set.id, current)
    await deleteSet(b.set.id, current)
    expect(await currentSet(current)).toBeUndefined()
    expect(await listSets(current)).toHaveLength(1)
  })

  it('leaves out a damaged row', async () => {
    current = openDatabase(NAME)
    await current.comparisonSets.put({ id: 'x', name: 'X', rule: { kind: 'bogus' } as never, createdAt: 0, updatedAt: 0 })
    expect(await listSets(current)).toEqual([])
  })
})
