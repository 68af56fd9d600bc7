// Tests mirror src/: a test of src/renderer/db/memos.ts lives in tests/renderer/db/, so the test of a
// module is found where the module is. This fails when a test file sits in a folder src/ does not have.
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const MIRRORED = ['cli', 'core', 'main', 'preload', 'renderer', 'shared']
/** src/renderer's root holds only the entry point; its tests belong to the room they test. */
const NO_FLAT_TESTS = new Set(['renderer'])

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(path)
    return /\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('tests mirror src/', () => {
  it.each(MIRRORED)('every test under tests/%s sits in a folder that exists in src/', (layer) => {
    const files = testFiles(join(ROOT, 'tests', layer))
    expect(files.length).toBeGreaterThan(0)
    const strays = files.filter((file) => {
      const folder = dirname(file)
      if (NO_FLAT_TESTS.has(layer) && folder === join(ROOT, 'tests', layer)) return true
      return !existsSync(join(ROOT, 'src', relative(join(ROOT, 'tests'), folder)))
    })
    expect(strays.map((file) => relative(ROOT, file))).toEqual([])
  })
})
