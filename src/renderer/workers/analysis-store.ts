/**
 * The analysis worker's persistent cache: each document's classification (passages with themes and
 * headings, theme shares) kept in IndexedDB under its text hash and the codebook key, so after a reload
 * (or a restart) the library's analysis resumes where it left off instead of starting again, and views
 * open from it. A cache only: its own database (not the library's), safe to lose; a failed read or
 * write (quota, a private window) means recomputing, never an error. A write refused at the quota is
 * reported (the window says that analyses are not being kept).
 */
import Dexie, { type Table } from 'dexie'
import { ANALYSIS_VERSION, type ClassifiedPassage } from '../../core/themes'
import { isQuotaError } from '../db/quota'

/** One document's analysis as stored. */
export interface StoredAnalysis {
  /** `${textHash}|${codebookKey}|${ANALYSIS_VERSION}`: the same text under the same codebook and rules, whatever document holds it. */
  key: string
  classified: ClassifiedPassage[]
  shares: Record<string, number>
  /** When it was written (ms since the epoch), to drop the oldest first if the cache is ever trimmed. */
  savedAt: number
}

/** One document's theme shares alone (what the matrix and the background analysis need). */
export interface StoredShares {
  key: string
  shares: Record<string, number>
}

/** Name of the cache's database (apart from the library's `bidu`). */
export const ANALYSIS_CACHE_NAME = 'bidu-analysis-cache'

class AnalysisCacheDatabase extends Dexie {
  entries!: Table<StoredAnalysis, string>
  /** The shares again (version 2), apart: reading them must not load every document's passages. */
  shares!: Table<StoredShares, string>
  constructor(name: string) {
    super(name)
    this.version(1).stores({ entries: 'key, savedAt' })
    this.version(2)
      .stores({ shares: 'key' })
      .upgrade(async (tx) => {
        await tx.table<StoredAnalysis>('entries').each(({ key, shares }) => void tx.table<StoredShares>('shares').put({ key, shares }))
      })
  }
}

export interface AnalysisStore {
  /** The stored entries for `keys`, in order (undefined where none, or when the read failed). */
  getMany(keys: readonly string[]): Promise<(StoredAnalysis | undefined)[]>
  /** The stored shares for `keys`, in order (undefined where none, or when the read failed). */
  getShares(keys: readonly string[]): Promise<(StoredShares | undefined)[]>
  /**
   * Stores `entries` and their shares in one transaction (replacing same keys). A failure leaves the
   * cache as it was (they are computed again next time) and resolves to 'full' when the browser's
   * quota refused the write, 'failed' otherwise; 'saved' when stored.
   */
  putMany(entries: readonly StoredAnalysis[]): Promise<PutOutcome>
}

/** What became of a write to the cache. */
export type PutOutcome = 'saved' | 'full' | 'failed'

/** The cache key of a text under a codebook, by the current analysis rules (an older rule's entries are never read). */
export function analysisKey(textHash: string, codebookKey: string): string {
  return `${textHash}|${codebookKey}|${ANALYSIS_VERSION}`
}

/** Opens the cache in `name`; undefined where there is no IndexedDB (plain Node). */
export function openAnalysisStore(name: string = ANALYSIS_CACHE_NAME): AnalysisStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined
  const db = new AnalysisCacheDatabase(name)
  return {
    // A cache that cannot be read or written is a cache miss: the analysis runs as if it were empty.
    getMany: (keys) => db.entries.bulkGet([...keys]).catch(() => keys.map(() => undefined)),
    getShares: (keys) => db.shares.bulkGet([...keys]).catch(() => keys.map(() => undefined)),
    putMany: (entries) =>
      db
        .transaction('rw', db.entries, db.shares, async () => {
          await db.entries.bulkPut([...entries])
          await db.shares.bulkPut(entries.map(({ key, shares }) => ({ key, shares })))
        })
        .then(
          (): PutOutcome => 'saved',
          (error: unknown): PutOutcome => (isQuotaError(error) ? 'full' : 'failed'),
        ),
  }
}
