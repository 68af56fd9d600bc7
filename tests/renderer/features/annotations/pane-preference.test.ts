// The annotation pane's remembered state: closed by default beside three or more columns until the
// user chooses, the choice and width kept across sessions, damaged values falling back to defaults.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BiduDatabase } from '../../../../src/renderer/db/database'
import { setSetting } from '../../../../src/renderer/db/settings'
import {
  CLOSED_FROM_COLUMNS,
  DEFAULT_PANE_WIDTH,
  isPaneOpen,
  loadPanePreference,
  normalisePanePreference,
  paneWidthOf,
  PANE_WIDTH,
  savePanePreference,
} from '../../../../src/renderer/features/annotations/pane-preference'
import { testDatabases } from '../../../fixtures/test-database'

describe('isPaneOpen', () => {
  it.each([
    [{}, 1, true],
    [{}, 2, true],
    [{}, CLOSED_FROM_COLUMNS, false],
    [{}, 4, false],
    [{ open: true }, 4, true],
    [{ open: false }, 1, false],
  ])('%j beside %i columns → %s', (pref, columns, open) => {
    expect(isPaneOpen(pref, columns)).toBe(open)
  })
})

describe('normalisePanePreference', () => {
  it.each([
    [undefined, {}],
    [null, {}],
    ['open', {}],
    [42, {}],
    [{ open: 'yes', width: '300' }, {}],
    [{ open: false, width: PANE_WIDTH.min - 1 }, { open: false }],
    [{ width: PANE_WIDTH.max + 1 }, {}],
    [{ width: Number.NaN }, {}],
    [
      { open: true, width: 401.6, extra: 1 },
      { open: true, width: 402 },
    ],
  ])('%j → %j', (value, want) => {
    expect(normalisePanePreference(value)).toEqual(want)
  })

  it('gives the default width when none was dragged', () => {
    expect(paneWidthOf({})).toBe(DEFAULT_PANE_WIDTH)
    expect(paneWidthOf({ width: 280 })).toBe(280)
  })
})

describe('the stored preference', () => {
  let db: BiduDatabase
  const freshDatabase = testDatabases('bidu-pane')
  beforeEach(async () => {
    db = await freshDatabase()
  })

  it('is empty on first use, keeps what was saved, and reads a damaged value as the defaults', async () => {
    expect(await loadPanePreference(db)).toEqual({})
    await savePanePreference({ open: true, width: 360 }, db)
    expect(await loadPanePreference(db)).toEqual({ open: true, width: 360 })
    await setSetting('annotationPane', { open: 1, width: -5 }, db)
    expect(await loadPanePreference(db)).toEqual({})
  })
})
