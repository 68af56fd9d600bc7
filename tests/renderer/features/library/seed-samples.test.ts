// The sample catalog: every entry has a bundled text and valid metadata; missing samples are found by file name.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogMetadata, missingSamples, SAMPLE_CATALOG, type CatalogEntry } from '../../../../src/renderer/features/library/seed-samples'
import { parseMetadataForm, toMetadataForm } from '../../../../src/renderer/features/library/metadata-form'

const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'seeds')

describe('sample catalog', () => {
  it('lists exactly the bundled seed texts', () => {
    const texts = readdirSync(SEEDS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
    expect(SAMPLE_CATALOG.map((entry) => entry.file).sort()).toEqual(texts)
  })

  it.each(SAMPLE_CATALOG.map((entry) => [entry.file, entry] as const))('%s has metadata the editor accepts', (_file, entry) => {
    const metadata = catalogMetadata(entry)
    expect(metadata.place).not.toBe('')
    expect(parseMetadataForm(toMetadataForm(metadata))).toEqual({ ok: true, value: metadata })
  })

  it('takes the most local unit as the place', () => {
    const entry: CatalogEntry = {
      file: 'x.txt',
      title: 't',
      province: '山东省',
      city: '威海市',
      district: '环翠区',
      town: '温泉镇',
      level: 'town',
      docType: 'other',
    }
    expect(catalogMetadata(entry).place).toBe('温泉镇')
    expect(catalogMetadata({ ...entry, town: undefined }).place).toBe('环翠区')
    expect(catalogMetadata({ file: 'y.txt', title: 't', level: 'unknown', docType: 'other' }).place).toBe('')
  })
})

describe('missingSamples', () => {
  it.each([
    [[], 5],
    [['000_3a5eedb3a8af94b3.txt'], 4],
    [SAMPLE_CATALOG.map((entry) => entry.file), 0],
    [['unrelated.txt'], 5],
  ])('present %j → %i missing', (present, missing) => {
    expect(missingSamples(SAMPLE_CATALOG, new Set(present))).toHaveLength(missing)
  })
})
