// The analysis worker's persistent cache: a library classified once is not classified again after a
// reload (a fresh worker, same IndexedDB); an analysis stopped part-way resumes where it left off;
// another codebook or a changed text is classified anew; without IndexedDB it still works.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hashText } from '../../../src/core/anchoring'
import { builtinCodebook } from '../../../src/core/themes'
import type { AnalysisDocInput } from '../../../src/renderer/workers/analysis-handlers'
import { analysisKey } from '../../../src/renderer/workers/analysis-store'
import type { RpcContext } from '../../../src/renderer/workers/rpc'

const classified = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../src/core/themes', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../src/core/themes')>()
  return {
    ...mod,
    classifyDocument: (...args: Parameters<typeof mod.classifyDocument>) => {
      classified.count++
      return mod.classifyDocument(...args)
    },
  }
})

/** The handlers of a freshly started worker (empty memory cache), as after a reload. */
async function freshWorker() {
  vi.resetModules()
  return (await import('../../../src/renderer/workers/analysis-handlers')).analysisHandlers
}

function context(stopAfter = Infinity): RpcContext {
  const controller = new AbortController()
  return { signal: controller.signal, progress: (p) => p.done >= stopAfter && controller.abort() }
}

const base = readFileSync('seeds/002_cfa2e8210ff970e4.txt', 'utf8')
/** `n` distinct reports (each text different, so each has its own hash). */
function library(n: number, tag = ''): AnalysisDocInput[] {
  return Array.from({ length: n }, (_, i) => {
    const text = `${base}\n\n附：第${i}号${tag}`
    return { id: `doc-${i}`, text, textHash: hashText(text) }
  })
}
const codebook = builtinCodebook()

beforeEach(async () => {
  classified.count = 0
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('bidu-analysis-cache')
    request.onsuccess = request.onerror = () => resolve()
  })
})

describe('persistent analysis cache', () => {
  it('a reloaded worker answers from the cache without classifying again, with the same result', async () => {
    const docs = library(4)
    const first = await (await freshWorker()).analyse({ docs, codebook, codebookKey: 'k1' }, context())
    expect(classified.count).toBe(4)
    const again = await (await freshWorker()).analyse({ docs, codebook, codebookKey: 'k1' }, context())
    expect(classified.count).toBe(4)
    expect(again).toEqual(first)
  })

  it('an analysis stopped part-way resumes after the documents already written', async () => {
    const docs = library(30)
    await expect((await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, context(25))).rejects.toThrow(/cancelled/)
    const before = classified.count
    expect(before).toBeGreaterThanOrEqual(25)
    const shares = await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, context())
    expect(shares).toHaveLength(30)
    // Written every 20 documents: at most 19 of those classified before the stop are done twice.
    expect(classified.count - before).toBeLessThanOrEqual(30 - 20)
  })

  it('another codebook or a changed text is classified anew', async () => {
    const docs = library(2)
    await (await freshWorker()).analyse({ docs, codebook, codebookKey: 'k1' }, context())
    await (await freshWorker()).analyse({ docs, codebook, codebookKey: 'k2' }, context())
    expect(classified.count).toBe(4)
    await (await freshWorker()).analyse({ docs: [...library(1, '改'), docs[1]!], codebook, codebookKey: 'k2' }, context())
    expect(classified.count).toBe(5)
  })

  it('works without IndexedDB (classifying every time)', async () => {
    vi.stubGlobal('indexedDB', undefined)
    try {
      const docs = library(2)
      await (await freshWorker()).analyse({ docs, codebook, codebookKey: 'k1' }, context())
      await (await freshWorker()).analyse({ docs, codebook, codebookKey: 'k1' }, context())
      expect(classified.count).toBe(4)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

/** The cache database opened directly, as the worker's store lays it out. */
async function cacheTables(): Promise<{ entries: number; shares: number; close(): void }> {
  const db = new Dexie('bidu-analysis-cache')
  db.version(2).stores({ entries: 'key, savedAt', shares: 'key' })
  const [entries, shares] = await Promise.all([db.table('entries').count(), db.table('shares').count()])
  return { entries, shares, close: () => db.close() }
}

describe('shares apart from the passages', () => {
  it('a reloaded worker gives the shares from the shares table alone (the passages are not needed)', async () => {
    const docs = library(3)
    const first = await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, context())
    const db = new Dexie('bidu-analysis-cache')
    db.version(2).stores({ entries: 'key, savedAt', shares: 'key' })
    await db.table('entries').clear()
    db.close()
    const progress: number[] = []
    const again = await (
      await freshWorker()
    ).shares({ docs, codebook, codebookKey: 'k1' }, { ...context(), progress: (p) => progress.push(p.done) })
    expect(again).toEqual(first)
    expect(classified.count).toBe(3)
    expect(progress.at(-1)).toBe(3)
  })

  it('a cache written before the shares table gets it on upgrade', async () => {
    const docs = library(2)
    const v1 = new Dexie('bidu-analysis-cache')
    v1.version(1).stores({ entries: 'key, savedAt' })
    await v1
      .table('entries')
      .bulkPut(docs.map((d, i) => ({ key: analysisKey(d.textHash, 'k1'), classified: [], shares: { safety: i / 10 }, savedAt: 1 })))
    v1.close()
    const shares = await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, context())
    expect(shares).toEqual([
      { id: 'doc-0', shares: { safety: 0 } },
      { id: 'doc-1', shares: { safety: 0.1 } },
    ])
    expect(classified.count).toBe(0)
  })

  it('an analysis cached under earlier rules (the cutting changed since) is made again', async () => {
    const docs = library(2)
    const db = new Dexie('bidu-analysis-cache')
    db.version(2).stores({ entries: 'key, savedAt', shares: 'key' })
    const earlier = docs.map((d) => ({ key: `${d.textHash}|k1`, classified: [], shares: { safety: 0.5 }, savedAt: 1 }))
    await db.table('entries').bulkPut(earlier)
    await db.table('shares').bulkPut(earlier.map(({ key, shares }) => ({ key, shares })))
    db.close()
    const shares = await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, context())
    expect(classified.count).toBe(2)
    expect(shares.every((s) => s.shares.safety !== 0.5)).toBe(true)
  })

  it('a write refused at the quota leaves neither passages nor shares behind and the answer still comes', async () => {
    const put = IDBObjectStore.prototype.put
    // The shares of the first batch are refused as at the browser's quota: the batch's transaction aborts.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'shares') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    })
    try {
      const docs = library(3)
      const shares = await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, context())
      expect(shares.map((s) => s.id)).toEqual(['doc-0', 'doc-1', 'doc-2'])
      const tables = await cacheTables()
      tables.close()
      expect([tables.entries, tables.shares]).toEqual([0, 0])
    } finally {
      spy.mockRestore()
    }
    // Nothing half-written: the next worker classifies them again, and this time the cache keeps them.
    await (await freshWorker()).shares({ docs: library(3), codebook, codebookKey: 'k1' }, context())
    expect(classified.count).toBe(6)
    const tables = await cacheTables()
    tables.close()
    expect([tables.entries, tables.shares]).toEqual([3, 3])
  })

  it('a write refused at the quota is reported until one is stored again; what was stored before stays whole', async () => {
    const worker = await freshWorker()
    // A first library is kept; then the quota refuses the next one's writes (a forced abort).
    await worker.shares({ docs: library(2, 'a'), codebook, codebookKey: 'k1' }, context())
    expect(worker.cacheFull()).toBe(false)
    const put = IDBObjectStore.prototype.put
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'entries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    })
    try {
      const shares = await worker.shares({ docs: library(3, 'b'), codebook, codebookKey: 'k1' }, context())
      expect(shares).toHaveLength(3)
      expect(worker.cacheFull()).toBe(true)
    } finally {
      spy.mockRestore()
    }
    let tables = await cacheTables()
    tables.close()
    expect([tables.entries, tables.shares]).toEqual([2, 2])
    // Space freed: the next write stores, and the report goes.
    await worker.shares({ docs: library(1, 'c'), codebook, codebookKey: 'k1' }, context())
    expect(worker.cacheFull()).toBe(false)
    tables = await cacheTables()
    tables.close()
    expect([tables.entries, tables.shares]).toEqual([3, 3])
  })

  it('a first analysis sends the shares found, then each batch classified, with its progress', async () => {
    await (await freshWorker()).shares({ docs: library(5), codebook, codebookKey: 'k1' }, context())
    const sent: string[][] = []
    const docs = library(50)
    const ctx: RpcContext = {
      signal: new AbortController().signal,
      progress: (p) => p.partial && sent.push(p.partial.map((item) => (item as { id: string }).id)),
    }
    const shares = await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, ctx)
    expect(shares.map((s) => s.id)).toEqual(docs.map((d) => d.id))
    // The five cached first, then batches of newly classified ones, each document once, all in the result.
    expect(sent[0]!.sort()).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4'])
    const all = sent.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(sent.length).toBeGreaterThan(1)
    expect(all.length).toBeGreaterThanOrEqual(5 + 20)
    expect(all.every((id) => shares.some((s) => s.id === id))).toBe(true)
    // Everything known: the answer comes at once, nothing partial.
    sent.length = 0
    await (await freshWorker()).shares({ docs, codebook, codebookKey: 'k1' }, ctx)
    expect(sent).toEqual([])
  })
})
