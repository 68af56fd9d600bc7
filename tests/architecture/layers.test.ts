// Enforces the layering table of STYLE.md: each folder imports only what its runtime allows.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')

interface LayerRule {
  folder: string
  /** Import specifiers (bare packages or resolved src folders) that are forbidden. */
  forbidden: RegExp[]
}

const NODE_BUILTIN = /^node:|^(fs|path|os|child_process|crypto|url|util|stream|worker_threads)(\/|$)/
const RULES: LayerRule[] = [
  {
    folder: 'src/core',
    forbidden: [/^react/, /^dexie/, /^electron/, NODE_BUILTIN, /src\/(renderer|main|preload|cli|shared)\//],
  },
  // shared may import only its own files: any specifier that does not resolve inside src/shared.
  { folder: 'src/shared', forbidden: [/^(?!src\/shared\/)/] },
  { folder: 'src/cli', forbidden: [/^react/, /^dexie/, /^electron/, /src\/(renderer|main|preload)\//] },
  { folder: 'src/main', forbidden: [/^react/, /^dexie/, /src\/(renderer|preload|cli)\//] },
  { folder: 'src/preload', forbidden: [/^react/, /^dexie/, NODE_BUILTIN, /src\/(core|renderer|main|cli)\//] },
  { folder: 'src/renderer', forbidden: [/^electron/, NODE_BUILTIN, /src\/(main|preload|cli)\//] },
]

/** Identifiers that exist only in a DOM or Node runtime; core must not touch them. */
const CORE_FORBIDDEN_GLOBALS = /\b(document|window|localStorage|indexedDB|process|Buffer|require|__dirname)\s*[.([]/

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path))
    else if (/\.(ts|tsx)$/.test(name)) out.push(path)
  }
  return out
}

function importsOf(source: string): string[] {
  const specs: string[] = []
  const re = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g
  for (const m of source.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3])
  return specs
}

/** Resolves a relative specifier to a project path, so `../../renderer/x` is seen as `src/renderer/x`. */
function resolveSpecifier(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec
  return relative(ROOT, join(file, '..', spec)).replaceAll('\\', '/') + '/'
}

describe('layering', () => {
  for (const rule of RULES) {
    it(`${rule.folder} imports only what its layer allows`, () => {
      const violations: string[] = []
      for (const file of sourceFiles(join(ROOT, rule.folder))) {
        const source = readFileSync(file, 'utf8')
        for (const spec of importsOf(source)) {
          const target = resolveSpecifier(file, spec)
          if (rule.forbidden.some((re) => re.test(target))) {
            violations.push(`${relative(ROOT, file)} imports ${spec}`)
          }
        }
        if (rule.folder === 'src/core') {
          const code = source.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
          const m = code.match(CORE_FORBIDDEN_GLOBALS)
          if (m) violations.push(`${relative(ROOT, file)} uses the runtime global "${m[1]}"`)
        }
      }
      expect(violations).toEqual([])
    })
  }

  it('detects a forbidden import (the check itself works)', () => {
    const file = join(ROOT, 'src/core/x/y.ts')
    const target = resolveSpecifier(file, '../../renderer/db/database')
    expect(RULES[0].forbidden.some((re) => re.test(target))).toBe(true)
    expect(importsOf("import { readFileSync } from 'node:fs'\n")).toEqual(['node:fs'])
    expect(RULES[0].forbidden.some((re) => re.test('node:fs'))).toBe(true)
    const shared = RULES.find((r) => r.folder === 'src/shared')!
    const inShared = join(ROOT, 'src/shared/ipc.ts')
    expect(shared.forbidden.some((re) => re.test(resolveSpecifier(inShared, './file-name')))).toBe(false)
    expect(shared.forbidden.some((re) => re.test(resolveSpecifier(inShared, '../core/result')))).toBe(true)
    expect(shared.forbidden.some((re) => re.test('dexie'))).toBe(true)
  })
})
