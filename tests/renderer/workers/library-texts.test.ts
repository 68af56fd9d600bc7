// The analysis worker given ids and text hashes only (the matrix, the background analysis): it reads
// the texts it needs from the library itself and answers as if the texts had been sent; after a
// reload (a fresh worker over the persistent cache) the shares need no text at all and alignment
// reads them then. A document deleted meanwhile is left out.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { builtinCodebook } from '../../../src/core/themes'
import type { ImportedDocument } from '../../../src/core/import/types'
import { getDatabase } from '../../../src/renderer/db/database'
import { addDocuments, deleteDocuments } from '../../../src/renderer/db/documents'
import type { RpcContext } from '../../../src/renderer/workers/rpc'

const ctx: RpcContext = { signal: new AbortController().signal, progress: () => {} }
const codebook = builtinCodebook()

function imported(file: string): ImportedDocument {
  const text = readFileSync(`seeds/${file}`, 'utf8')
  return {
    fileName: file,
    format: 'txt',
    rawText: text,
    text,
    removed: [],
    metadata: { title: file, place: '', level: 'unknown', docType: 'other' },
  }
}

/** The handlers of a fresh worker (its memory cache empty; the IndexedDB cache kept). */
async function freshWorker() {
  vi.resetModules()
  return (await import('../../../src/renderer/workers/analysis-handlers')).analysisHandlers
}

describe('analysis worker reading texts from the library', () => {
  it('gives the same shares and rows from ids and hashes as from texts, before and after a reload', async () => {
    const files = ['000_3a5eedb3a8af94b3.txt', '002_cfa2e8210ff970e4.txt', '003_765d9d0c58e45bfb.txt']
    const ids = await addDocuments(files.map((f) => ({ doc: imported(f) })))
    const rows = await getDatabase().documents.bulkGet(ids)
    const withTexts = rows.map((d) => ({ id: d!.id, textHash: d!.textHash, text: d!.text }))
    const keysOnly = rows.map((d) => ({ id: d!.id, textHash: d!.textHash }))
    const params = (docs: typeof keysOnly) => ({ docs, codebook, codebookKey: 'builtin' })

    const reference = await freshWorker()
    const expectedShares = await reference.shares(params(withTexts), ctx)
    const expectedRows = await reference.themeRows({ ...params(withTexts), themeId: 'safety' }, ctx)

    const worker = await freshWorker()
    expect(await worker.shares(params(keysOnly), ctx)).toEqual(expectedShares)
    const reloaded = await freshWorker()
    expect(await reloaded.shares(params(keysOnly), ctx)).toEqual(expectedShares)
    expect(await reloaded.themeRows({ ...params(keysOnly), themeId: 'safety' }, ctx)).toEqual(expectedRows)

    await deleteDocuments([ids[1]!])
    const afterDelete = await freshWorker()
    const other = { ...keysOnly[1]!, textHash: 'a text never classified' }
    expect((await afterDelete.shares(params([keysOnly[0]!, other, keysOnly[2]!]), ctx)).map((s) => s.id)).toEqual([ids[0], ids[2]])
  })
})
