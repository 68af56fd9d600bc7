// The user's pairing of references, stored in settings (no table of its own): damaged values read
// back as no pairing, edits of several documents are one write, null returns a document to the default.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type BiduDatabase } from '../../../src/renderer/db/database'
import { getTraceReferences, normaliseTraceReferences, saveTraceReferences } from '../../../src/renderer/db/trace-references'

const NAME = 'bidu-trace-references-test'
let db: BiduDatabase | undefined

afterEach(async () => {
  db?.close()
  await Dexie.delete(NAME)
})

describe('trace references', () => {
  it.each([undefined, null, 3, 'x', [], { a: 'b' }])('reads %j as no pairing', (value) => {
    expect(normaliseTraceReferences(value)).toEqual({})
  })

  it('drops damage inside a stored pairing: non-string ids, repeats, a document as its own reference', () => {
    expect(normaliseTraceReferences({ a: ['n', 'n', 3, 'a', 'p'], b: 'x', c: [] })).toEqual({ a: ['n', 'p'], c: [] })
  })

  it('stores lists for several documents at once and returns one to the default', async () => {
    db = openDatabase(NAME)
    expect(await getTraceReferences(db)).toEqual({})
    await saveTraceReferences({ a: ['n', 'a', 'n'], b: [] }, db)
    expect(await getTraceReferences(db)).toEqual({ a: ['n'], b: [] })
    await saveTraceReferences({ a: null, c: ['p'] }, db)
    expect(await getTraceReferences(db)).toEqual({ b: [], c: ['p'] })
  })
})
