import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importDocument } from '../../../src/core/import'

const OLD =
  '我们坚持生态优先,持续打好蓝天碧水净土保卫战。\n我们坚持民生为本,新增城镇就业一万二千人。\n深入推进河长制湖长制,水环境质量持续改善。\n'
const NEW = '前言部分。\n我们坚持生态优先,持续打好蓝天碧水净土保卫战。\n深入推进河长制湖长制,水环境质量显著改善。\n'

function selectors(exact: string) {
  const start = OLD.indexOf(exact)
  const end = start + exact.length
  return [
    { type: 'TextQuoteSelector', exact, prefix: OLD.slice(Math.max(0, start - 32), start), suffix: OLD.slice(end, end + 32) },
    { type: 'TextPositionSelector', start, end },
  ]
}

let dir = ''
/** NEW as the importer cleans it: the CLI's offsets refer to this text, as align's do. */
let imported = ''
function run(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/main.ts', 'anchor', ...args], { encoding: 'utf8', cwd: process.cwd() })
}

beforeAll(async () => {
  const doc = await importDocument('new.txt', new TextEncoder().encode(NEW))
  if (!doc.ok) throw new Error(doc.error.message)
  imported = doc.value.text
  dir = mkdtempSync(join(tmpdir(), 'bidu-anchor-'))
  writeFileSync(join(dir, 'new.txt'), NEW)
  writeFileSync(join(dir, 'garbage.json'), '{not json')
  writeFileSync(
    join(dir, 'old.json'),
    JSON.stringify({
      type: 'AnnotationCollection',
      items: [
        { type: 'Annotation', id: 'a', 'x:keep': true, target: { source: 'old.txt', selector: selectors('蓝天碧水净土保卫战') } },
        { type: 'Annotation', id: 'b', target: { source: 'old.txt', selector: selectors('新增城镇就业一万二千人') } },
        { type: 'Annotation', id: 'c', target: { source: 'old.txt', selector: selectors('河长制湖长制,水环境质量持续改善') } },
      ],
    }),
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bidu anchor', () => {
  it('moves positions, reports statuses, keeps order and unknown properties', () => {
    const r = run('--text', join(dir, 'new.txt'), '--annotations', join(dir, 'old.json'))
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.type).toBe('AnnotationCollection')
    const [a, b, c] = out.items
    expect(a.id).toBe('a')
    expect(a['x:keep']).toBe(true)
    expect(a.anchorStatus).toBe('exact')
    expect(a.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: imported.indexOf('蓝天碧水'),
      end: imported.indexOf('蓝天碧水') + 9,
    })
    expect(b.anchorStatus).toBe('orphan')
    expect(b.target.selector[1]).toEqual(selectors('新增城镇就业一万二千人')[1])
    expect(c.anchorStatus).toBe('fuzzy')
    expect(c.target.selector[0].exact).toBe('河长制湖长制,水环境质量显著改善')
    expect(c.target.selector[1].start).toBe(imported.indexOf('河长制'))
  }, 30_000)

  it.each([
    ['no arguments', []],
    ['a missing value', ['--text']],
    ['an unknown option', ['--text', 'a', '--annotations', 'b', '--bogus']],
  ])(
    'exits 2 on %s',
    (_n, args) => {
      const r = run(...args)
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
    },
    30_000,
  )

  it.each([
    ['garbage JSON', 'new.txt', 'garbage.json'],
    ['a missing annotations file', 'new.txt', 'nope.json'],
    ['a missing text file', 'nope.txt', 'old.json'],
  ])(
    'exits 1 on %s',
    (_n, text, annotations) => {
      const r = run('--text', join(dir, text), '--annotations', join(dir, annotations))
      expect(r.status).toBe(1)
      expect(r.stdout).toBe('')
      expect(r.stderr).not.toBe('')
    },
    30_000,
  )
})
