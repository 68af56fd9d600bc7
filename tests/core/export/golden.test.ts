// Golden files: each export format on fixed annotations of the seed reports (fixed ids, times and
// clock). A change in output shows up as a diff here; after checking it by eye, regenerate with
// UPDATE_GOLDEN=1 npx vitest run tests/core/export/golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderExport, toCsv, toJsonLd, toMarkdown, toQdeXml } from '../../../src/core/export'
import { REPO, hostileInput, options, seedInput } from './export-fixtures'

const GOLDEN_DIR = join(REPO, 'tests/fixtures/export')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

function golden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name)
  if (UPDATE) writeFileSync(file, actual)
  expect(existsSync(file), `${name} missing: run with UPDATE_GOLDEN=1`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('golden exports of the seed annotations', () => {
  it.each([
    ['seeds-by-section.md', () => toMarkdown(seedInput(), options())],
    ['seeds-by-theme.md', () => toMarkdown(seedInput(), options({ grouping: 'theme-place' }))],
    ['seeds.csv', () => toCsv(seedInput(), options())],
    ['seeds.jsonld', () => toJsonLd(seedInput(), options())],
    ['seeds.qde', () => toQdeXml(seedInput(), options())],
    ['hostile.md', () => toMarkdown(hostileInput(), options())],
  ])('%s', (name, render) => {
    golden(name, render())
  })
})

describe('renderExport', () => {
  it('picks the writer for each format', async () => {
    expect(await renderExport('md', seedInput(), options())).toBe(toMarkdown(seedInput(), options()))
    expect(await renderExport('csv', seedInput(), options())).toBe(toCsv(seedInput(), options()))
    expect(await renderExport('jsonld', seedInput(), options())).toBe(toJsonLd(seedInput(), options()))
    expect(await renderExport('qdpx', seedInput(), options())).toBeInstanceOf(Uint8Array)
    expect(await renderExport('docx', seedInput(), options())).toBeInstanceOf(Uint8Array)
  })
})
