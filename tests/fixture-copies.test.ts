// Copies of material that lives beside the repository (../shared), kept so a clone on its own runs
// every test: each must equal its original wherever the original is present.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const SHARED = join(ROOT, '..', 'shared')

const COPIES: { copy: string; original: string; read?: (bytes: Buffer) => Buffer }[] = [
  { copy: 'tests/fixtures/eval/score-alignment.mjs', original: 'eval/score-alignment.mjs' },
  { copy: 'tests/fixtures/eval/seeds-gold.json', original: 'eval/seeds-gold.json' },
  { copy: 'tests/fixtures/refi-qda/Project.xsd', original: 'standards/refi-qda/Project.xsd' },
  {
    copy: 'tests/fixtures/corpora/national-work-reports.jsonl.gz',
    original: 'corpora/national-work-reports.jsonl',
    read: (b) => gunzipSync(b),
  },
]

describe('fixture copies of ../shared', () => {
  it.each(COPIES)('$copy is the same as ../shared/$original, or stands in for it', ({ copy, original, read }) => {
    const bytes = (read ?? ((b: Buffer) => b))(readFileSync(join(ROOT, copy)))
    expect(bytes.length).toBeGreaterThan(1000)
    const from = join(SHARED, original)
    if (existsSync(from)) expect(bytes.equals(readFileSync(from)), `${copy} differs from ${from}: copy it again`).toBe(true)
  })
})
