// The codebook in the database: seeded once from the built-in codebook, every write validated (an
// invalid import or edit changes nothing), undo values returned, and a version-2 library upgrades.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { builtinCodebook, toCodebookJson, type Theme } from '../../../src/core/themes'
import { CODEBOOK_ROW_KEY, openDatabase, type BiduDatabase } from '../../../src/renderer/db/database'
import {
  addTheme,
  countAnnotationsWithTheme,
  deleteTheme,
  ensureCodebook,
  importCodebookJson,
  newThemeId,
  readCodebook,
  resetCodebook,
  saveCodebook,
  updateTheme,
} from '../../../src/renderer/db/codebook'
import { decisionId, deleteDecision, listDecisions, restoreDecision, saveDecision } from '../../../src/renderer/db/decisions'
import { testDatabases } from '../../fixtures/test-database'

const housing: Theme = { id: 'housing', labelZh: '住房', labelEn: 'Housing', color: '#336699', terms: [{ term: '保障性住房', weight: 3 }] }

let db: BiduDatabase
let counter = 0
const freshDatabase = testDatabases('bidu-codebook-test')

beforeEach(async () => {
  db = await freshDatabase()
})

describe('codebook storage', () => {
  it('reads the built-in codebook before anything is stored, and seeds it once', async () => {
    expect((await readCodebook(db)).revision).toBe(0)
    expect((await readCodebook(db)).codebook).toEqual(builtinCodebook())
    const [a, b] = await Promise.all([ensureCodebook(db), ensureCodebook(db)])
    expect(a.revision).toBe(1)
    expect(b.revision).toBe(1)
    expect(await db.codebook.count()).toBe(1)
  })

  it('adds, renames and deletes themes, returning the previous codebook', async () => {
    await ensureCodebook(db)
    const added = await addTheme(housing, db)
    expect(added.ok).toBe(true)
    expect((await readCodebook(db)).codebook.themes.at(-1)?.id).toBe('housing')
    await updateTheme('housing', { ...housing, labelEn: 'Housing policy', color: '#aa0000' }, db)
    const renamed = (await readCodebook(db)).codebook.themes.find((t) => t.id === 'housing')
    expect(renamed?.labelEn).toBe('Housing policy')
    const deleted = await deleteTheme('housing', db)
    expect(deleted.ok && deleted.value.themes.some((t) => t.id === 'housing')).toBe(true)
    expect((await readCodebook(db)).codebook.themes.some((t) => t.id === 'housing')).toBe(false)
    expect((await readCodebook(db)).revision).toBe(4)
  })

  it.each([
    ['a duplicate id', () => addTheme({ ...housing, id: 'safety' }, db), 'DUPLICATE_ID'],
    ['a theme without terms', () => addTheme({ ...housing, terms: [] }, db), 'NO_TERMS'],
    ['a bad colour', () => updateTheme('safety', { ...housing, color: 'red' }, db), 'BAD_COLOR'],
    ['garbage JSON', () => importCodebookJson('{"themes": [', db), 'BAD_JSON'],
    ['an empty codebook', () => importCodebookJson('{"version":1,"themes":[]}', db), 'EMPTY_CODEBOOK'],
    ['not a codebook', () => saveCodebook(42, db), 'BAD_SHAPE'],
    [
      'a term in two sub-themes',
      () =>
        updateTheme(
          'safety',
          {
            ...builtinCodebook().themes[0],
            subthemes: builtinCodebook().themes[0].subthemes!.map((s) => ({ ...s, terms: [...s.terms, { term: '消防', weight: 3 }] })),
          },
          db,
        ),
      'TERM_COLLISION',
    ],
  ] as const)('refuses %s and changes nothing', async (_name, write, code) => {
    const before = await ensureCodebook(db)
    const result = await write()
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe(code)
    expect(await readCodebook(db)).toEqual(before)
  })

  it('refuses to delete the last theme', async () => {
    await saveCodebook({ version: 1, themes: [housing] }, db)
    const result = await deleteTheme('housing', db)
    expect(result.ok).toBe(false)
    expect((await readCodebook(db)).codebook.themes).toHaveLength(1)
  })

  it('imports valid JSON and resets to the built-in codebook', async () => {
    const imported = await importCodebookJson(toCodebookJson({ version: 1, themes: [housing] }), db)
    expect(imported.ok).toBe(true)
    expect((await readCodebook(db)).codebook.themes.map((t) => t.id)).toEqual(['housing'])
    const reset = await resetCodebook(db)
    expect(reset.ok && reset.value.themes.map((t) => t.id)).toEqual(['housing'])
    expect((await readCodebook(db)).codebook).toEqual(builtinCodebook())
  })

  it('reads a flat codebook stored by the previous version with the same themes and the built-in sub-themes', async () => {
    const flat = { version: 1 as const, themes: builtinCodebook().themes.map(({ subthemes: _, ...t }) => t) }
    await db.codebook.put({ key: CODEBOOK_ROW_KEY, codebook: flat, revision: 3, updatedAt: 1 })
    const row = await readCodebook(db)
    expect(row.revision).toBe(3)
    expect(row.codebook).toEqual(builtinCodebook())
  })

  it("keeps a theme's sub-themes when its form (labels, colour, terms) is saved", async () => {
    await ensureCodebook(db)
    const { subthemes: _, ...safety } = builtinCodebook().themes[0]
    const result = await updateTheme('safety', { ...safety, labelEn: 'Safety' }, db)
    expect(result.ok).toBe(true)
    expect((await readCodebook(db)).codebook.themes[0].subthemes).toEqual(builtinCodebook().themes[0].subthemes)
  })

  it('counts annotations that use a theme', async () => {
    expect(await countAnnotationsWithTheme('safety', db)).toBe(0)
  })
})

describe('newThemeId', () => {
  it.each([
    ['Housing policy', [], 'housing-policy'],
    ['Housing', ['housing'], 'housing-2'],
    ['住房', [], 'theme'],
    ['', ['theme', 'theme-2'], 'theme-3'],
    ['2024 plans!', [], 'plans'],
  ])('%s → %s', (label, existing, id) => {
    expect(newThemeId(label, existing)).toBe(id)
  })
})

describe('alignment decisions', () => {
  const passage = { docId: 'd1', start: 10, end: 40, quoteHash: 'h1' }
  it('keeps one decision per passage and theme, with undo values', async () => {
    const first = await saveDecision({ themeId: 'safety', kind: 'reject', passage, others: [] }, db)
    expect(first.replaced).toBeUndefined()
    const second = await saveDecision({ themeId: 'safety', kind: 'confirm', passage, others: [] }, db)
    expect(second.replaced?.kind).toBe('reject')
    await saveDecision({ themeId: 'ecology', kind: 'reject', passage, others: [] }, db)
    expect((await listDecisions('safety', db)).map((d) => d.kind)).toEqual(['confirm'])
    const removed = await deleteDecision(decisionId('safety', passage), db)
    expect(await listDecisions('safety', db)).toEqual([])
    if (removed) await restoreDecision(removed, db)
    expect(await listDecisions('safety', db)).toHaveLength(1)
    expect(await deleteDecision('missing', db)).toBeUndefined()
  })
})

describe('schema version 3', () => {
  it('upgrades a version-2 library with every row intact', async () => {
    const name = `bidu-v2-${++counter}`
    const old = new Dexie(name)
    old.version(1).stores({ documents: 'id, importedAt, metadata.place, metadata.year, metadata.level, sampleFile', settings: 'key' })
    old.version(2).stores({ annotations: 'id, documentId, *themes, *tags, updated, color, anchorStatus' })
    await old.open()
    await old.table('settings').put({ key: 'locale', value: 'zh' })
    await old.table('annotations').put({ id: 'a1', documentId: 'd1', themes: ['safety'], tags: [] })
    old.close()
    const upgraded = openDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBeGreaterThanOrEqual(3)
    expect(await upgraded.settings.get('locale')).toEqual({ key: 'locale', value: 'zh' })
    expect(await countAnnotationsWithTheme('safety', upgraded)).toBe(1)
    expect(await upgraded.alignmentDecisions.count()).toBe(0)
    expect((await readCodebook(upgraded)).revision).toBe(0)
    upgraded.close()
    await upgraded.delete()
  })
})
