/**
 * The five sample reports bundled with the app (`seeds/*.txt` and the metadata in
 * `seeds/catalog.json`). They go through the same import path as a user's files; the catalog's
 * metadata then replaces the guesses. Seeded once on first run; "Restore sample reports" re-adds
 * the ones the user deleted.
 */
import type { AdminLevel, DocType, DocumentMetadata } from '../../../core/import/types'
import catalog from '../../../../seeds/catalog.json'
import { claimFirstRunSeeding } from '../../db/settings'
import { presentSampleFiles } from '../../db/documents'
import { createStore, useStore } from '../../ui/store'
import { importAndStore, type ImportOutcome } from '../import'

/** One entry of seeds/catalog.json (the fields the app uses). */
export interface CatalogEntry {
  file: string
  title: string
  province?: string
  city?: string
  district?: string
  town?: string
  level: string
  year?: number
  docType: string
}

// Loaded on demand: the texts are only needed on first run or when restoring.
const SEED_TEXTS = import.meta.glob<string>('../../../../seeds/*.txt', { query: '?raw', import: 'default' })

/** The catalog's entries, in file order. */
export const SAMPLE_CATALOG: readonly CatalogEntry[] = (catalog as { documents: CatalogEntry[] }).documents

/** The metadata a catalog entry prescribes (the place is the most local unit named). */
export function catalogMetadata(entry: CatalogEntry): DocumentMetadata {
  const metadata: DocumentMetadata = {
    title: entry.title,
    place: entry.town ?? entry.district ?? entry.city ?? entry.province ?? '',
    level: entry.level as AdminLevel,
    docType: entry.docType as DocType,
  }
  if (entry.province) metadata.province = entry.province
  if (entry.city) metadata.city = entry.city
  if (entry.district) metadata.district = entry.district
  if (entry.town) metadata.town = entry.town
  if (entry.year !== undefined) metadata.year = entry.year
  return metadata
}

/** Catalog entries whose file is not among `present` (pure). */
export function missingSamples(catalogEntries: readonly CatalogEntry[], present: ReadonlySet<string>): CatalogEntry[] {
  return catalogEntries.filter((entry) => !present.has(entry.file))
}

async function loadSeedText(file: string): Promise<string | undefined> {
  const loader = Object.entries(SEED_TEXTS).find(([path]) => path.endsWith(`/${file}`))?.[1]
  return loader ? loader() : undefined
}

/** Progress of the samples being added ({done, total}), or null when none are being added. */
export type SampleProgress = { done: number; total: number } | null

const progressStore = createStore<SampleProgress>(null)

/** The progress of adding sample reports, for a progress bar (re-renders as it changes). */
export function useSampleProgress(): SampleProgress {
  return useStore(progressStore)
}

/** Imports the given sample entries; returns one outcome per entry (missing texts are skipped). */
async function importSamples(entries: readonly CatalogEntry[]): Promise<ImportOutcome[]> {
  try {
    return await importEach(entries)
  } finally {
    progressStore.set(null)
  }
}

async function importEach(entries: readonly CatalogEntry[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = []
  for (const [index, entry] of entries.entries()) {
    progressStore.set({ done: index, total: entries.length })
    const text = await loadSeedText(entry.file)
    if (text === undefined) continue
    outcomes.push(
      await importAndStore(
        { name: entry.file, bytes: new TextEncoder().encode(text) },
        { sampleFile: entry.file, metadata: catalogMetadata(entry) },
      ),
    )
  }
  return outcomes
}

/** On a first run (empty library, never seeded), imports every sample report. */
export async function seedSamplesOnFirstRun(): Promise<ImportOutcome[]> {
  if (!(await claimFirstRunSeeding())) return []
  return importSamples(SAMPLE_CATALOG)
}

/** Re-adds the sample reports that are no longer in the library; returns how many were added. */
export async function restoreMissingSamples(): Promise<number> {
  const missing = missingSamples(SAMPLE_CATALOG, await presentSampleFiles())
  const outcomes = await importSamples(missing)
  return outcomes.filter((outcome) => outcome.ok).length
}
