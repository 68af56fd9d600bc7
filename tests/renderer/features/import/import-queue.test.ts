// The import queue: every good file stored, bad ones listed, batches written all-or-nothing, a full
// disk (QuotaExceededError forced on fake-indexeddb) stopping the queue with nothing half-written,
// pausing and cancelling between files.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { importDocument } from '../../../../src/core/import'
import { createImportClassifier } from '../../../../src/core/duplicates'
import type { ImportedDocument } from '../../../../src/core/import/types'
import type { BiduDatabase } from '../../../../src/renderer/db/database'
import { addDocuments } from '../../../../src/renderer/db/documents'
import { isQuotaError } from '../../../../src/renderer/db/quota'
import { createPauseGate, runImportQueue, QUOTA_CODE } from '../../../../src/renderer/features/import/import-queue'
import type { ImportRow } from '../../../../src/renderer/features/import/ImportDialog'
import type { PickedFile } from '../../../../src/renderer/platform'
import { testDatabases } from '../../../fixtures/test-database'

let db: BiduDatabase
const freshDatabase = testDatabases('queue-test')

beforeEach(async () => {
  db = await freshDatabase()
})

function files(count: number, bad: number[] = []): PickedFile[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `report-${i}.txt`,
    bytes: bad.includes(i)
      ? new Uint8Array(0)
      : new TextEncoder().encode(`第${i}号区政府工作报告\n一、工作回顾\n今年全区经济运行稳中有进，第${i}项任务完成。\n`),
  }))
}

/** The core importer run in-process (the app runs the same call in its worker). */
const read = async (params: { name: string; bytes: Uint8Array }) => importDocument(params.name, params.bytes)

function recorder(count: number) {
  const rows: Partial<ImportRow>[] = Array.from({ length: count }, () => ({ status: 'pending' }))
  return { rows, onRow: (index: number, patch: Partial<ImportRow>) => Object.assign(rows[index]!, patch) }
}

const store = (docs: readonly ImportedDocument[]) =>
  addDocuments(
    docs.map((doc) => ({ doc })),
    db,
  )

describe('runImportQueue', () => {
  it('skips a file whose cleaned text is already in the library or the batch (a GBK copy too), and holds back a possible new version', async () => {
    const [report] = files(1)
    const utf8 = new TextDecoder().decode(report.bytes)
    const gbk = new Uint8Array(iconv.encode(utf8, 'gb18030'))
    const changed = new TextEncoder().encode(utf8.replace('任务完成', '任务全部完成'))
    const batch: PickedFile[] = [
      report,
      { name: 'copy-gbk.txt', bytes: gbk },
      { name: 'again.txt', bytes: report.bytes },
      { name: 'revised.txt', bytes: changed },
    ]
    const known = await importDocument(report.name, report.bytes)
    if (!known.ok) throw new Error('seed did not import')
    const { rows, onRow } = recorder(batch.length)
    // The library holds another report of the same place, year and type.
    const classifier = createImportClassifier([
      { id: 'lib', title: '已有报告', textHash: 'other', metadata: { ...known.value.metadata, place: '某区', year: 2024 } },
    ])
    const withPlace = async (params: { name: string; bytes: Uint8Array }) => {
      const r = await read(params)
      return r.ok ? { ...r, value: { ...r.value, metadata: { ...r.value.metadata, place: '某区', year: 2024 } } } : r
    }
    await runImportQueue(batch, {
      signal: new AbortController().signal,
      gate: createPauseGate(),
      onRow,
      store,
      read: withPlace,
      classifier,
    })
    expect(rows.map((r) => r.status)).toEqual(['version', 'duplicate', 'duplicate', 'version'])
    expect(rows[0].versionOf).toEqual({ id: 'lib', title: '已有报告' })
    expect(rows[1].title).toBe(known.value.metadata.title)
    expect(await db.documents.count()).toBe(0)
  })

  it('stores every good file and lists the bad ones with their code', async () => {
    const { rows, onRow } = recorder(120)
    await runImportQueue(files(120, [7, 80]), { signal: new AbortController().signal, gate: createPauseGate(), onRow, store, read })
    expect(await db.documents.count()).toBe(118)
    expect(rows.filter((r) => r.status === 'imported')).toHaveLength(118)
    expect(rows[7]).toMatchObject({ status: 'rejected', code: 'EMPTY_INPUT' })
    expect(rows[80]).toMatchObject({ status: 'rejected', code: 'EMPTY_INPUT' })
  })

  it('stops at a full disk: the failing batch is not written at all and the rest is left unread', async () => {
    let stored = 0
    // The 60th document written makes IndexedDB refuse, as at the browser's quota; the transaction aborts.
    db.documents.hook('creating', () => {
      if (++stored === 60) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const { rows, onRow } = recorder(150)
    await runImportQueue(files(150), { signal: new AbortController().signal, gate: createPauseGate(), onRow, store, read })
    const count = await db.documents.count()
    const imported = rows.filter((r) => r.status === 'imported').length
    // Whole batches only: what the rows call imported is exactly what is stored, and the failing batch left nothing.
    expect(count).toBe(imported)
    expect(count).toBeLessThan(60)
    expect(rows.filter((r) => r.code === QUOTA_CODE).length).toBeGreaterThan(0)
    expect(rows.filter((r) => r.status === 'cancelled').length).toBeGreaterThan(0)
    expect(rows.every((r) => r.status !== 'pending' && r.status !== 'working')).toBe(true)
    expect(await db.documents.filter((d) => d.text.length === 0).count()).toBe(0)
  })

  it('waits while paused, and a cancel marks the unread files cancelled but keeps what was read', async () => {
    const controller = new AbortController()
    const { rows, onRow } = recorder(30)
    let reads = 0
    const gate = createPauseGate()
    const counting = async (params: { name: string; bytes: Uint8Array }) => {
      if (++reads === 10) gate.pause()
      return read(params)
    }
    const done = runImportQueue(files(30), { signal: controller.signal, gate, onRow, store, read: counting })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(gate.paused).toBe(true)
    expect(reads).toBe(10)
    controller.abort()
    await done
    expect(rows.filter((r) => r.status === 'imported')).toHaveLength(10)
    expect(rows.filter((r) => r.status === 'cancelled')).toHaveLength(20)
    expect(await db.documents.count()).toBe(10)
  })

  it('resumes where it paused', async () => {
    const gate = createPauseGate()
    gate.pause()
    const { rows, onRow } = recorder(5)
    const done = runImportQueue(files(5), { signal: new AbortController().signal, gate, onRow, store, read })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(rows.every((r) => r.status === 'pending')).toBe(true)
    gate.resume()
    await done
    expect(await db.documents.count()).toBe(5)
  })
})

describe('isQuotaError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [Object.assign(new Error('Dexie wrapped'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') }), true],
    [new Error('other'), false],
    ['QuotaExceededError', false],
    [null, false],
  ])('%s → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected)
  })
})
