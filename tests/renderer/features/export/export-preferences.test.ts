// The export dialog's remembered options: stored as one setting, every read validated field by field.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BiduDatabase } from '../../../../src/renderer/db/database'
import { setSetting } from '../../../../src/renderer/db/settings'
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  normalisePreferences,
  savePreferences,
  type ExportPreferences,
} from '../../../../src/renderer/features/export/export-preferences'
import { testDatabases } from '../../../fixtures/test-database'

let db: BiduDatabase
const freshDatabase = testDatabases('bidu-export-preferences')
beforeEach(async () => {
  db = await freshDatabase()
})

const CHOSEN: ExportPreferences = {
  format: 'csv',
  grouping: 'theme-place',
  include: { ...DEFAULT_PREFERENCES.include, note: false, figures: false },
  order: 'updated',
  scopeKind: 'theme',
}

describe('export preferences', () => {
  it('gives the defaults on first use and the saved choices afterwards', async () => {
    expect(await loadPreferences(db)).toEqual(DEFAULT_PREFERENCES)
    await savePreferences(CHOSEN, db)
    expect(await loadPreferences(db)).toEqual(CHOSEN)
  })

  it('repairs damaged or outdated stored values field by field', async () => {
    await setSetting(
      'exportPreferences',
      { format: 'pdf', grouping: 'tag', include: { quote: false, note: 'yes', bogus: true }, order: 7 },
      db,
    )
    const loaded = await loadPreferences(db)
    expect(loaded).toEqual({
      ...DEFAULT_PREFERENCES,
      grouping: 'tag',
      include: { ...DEFAULT_PREFERENCES.include, quote: false },
    })
    expect(Object.keys(loaded.include)).not.toContain('bogus')
  })

  it.each([undefined, null, 42, 'md', [], { include: null }])('turns %j into the defaults', (value) => {
    expect(normalisePreferences(value)).toEqual(DEFAULT_PREFERENCES)
  })

  it('never shares the defaults object with a caller', () => {
    const a = normalisePreferences(undefined)
    a.include.quote = false
    expect(DEFAULT_PREFERENCES.include.quote).toBe(true)
  })
})
