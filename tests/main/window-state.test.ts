import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_STATE, loadWindowState, parseWindowState, saveWindowState } from '../../src/main/window-state'

describe('parseWindowState', () => {
  const cases: { name: string; input: unknown; expected: unknown }[] = [
    {
      name: 'a full state',
      input: { width: 1000, height: 700, x: -20, y: 5, maximized: true },
      expected: { width: 1000, height: 700, x: -20, y: 5, maximized: true },
    },
    { name: 'no position', input: { width: 1000, height: 700 }, expected: { width: 1000, height: 700, maximized: false } },
    { name: 'half a position', input: { width: 1000, height: 700, x: 3 }, expected: { width: 1000, height: 700, maximized: false } },
    { name: 'too small', input: { width: 100, height: 700 }, expected: DEFAULT_WINDOW_STATE },
    { name: 'absurdly large', input: { width: 1e9, height: 700 }, expected: DEFAULT_WINDOW_STATE },
    { name: 'fractional', input: { width: 1000.5, height: 700 }, expected: DEFAULT_WINDOW_STATE },
    { name: 'strings', input: { width: '1000', height: '700' }, expected: DEFAULT_WINDOW_STATE },
    { name: 'null', input: null, expected: DEFAULT_WINDOW_STATE },
    { name: 'an array', input: [1000, 700], expected: DEFAULT_WINDOW_STATE },
  ]
  for (const c of cases) it(c.name, () => expect(parseWindowState(c.input)).toEqual(c.expected))
})

describe('loadWindowState / saveWindowState', () => {
  it('round-trips and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidu-state-'))
    const file = join(dir, 'window-state.json')
    saveWindowState(file, { width: 900, height: 600, x: 1, y: 2, maximized: false })
    expect(loadWindowState(file)).toEqual({ width: 900, height: 600, x: 1, y: 2, maximized: false })
    expect(readdirSync(dir)).toEqual(['window-state.json'])
  })

  it('gives the defaults for a missing file', () => {
    expect(loadWindowState(join(tmpdir(), 'bidu-no-such-dir', 'x.json'))).toEqual(DEFAULT_WINDOW_STATE)
  })
})
