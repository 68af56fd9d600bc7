// No circle between folders of src/: if reader imports annotations and annotations imports reader,
// neither can be understood, tested or moved alone. A folder is a unit (src/core/align, src/cli/commands,
// src/renderer/features/reader with its subfolders); a circle is a strongly connected set of two or more.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '..', '..', 'src')
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The unit a file belongs to: its folder, a feature's subfolders counting as the feature. */
function unitOf(file: string): string {
  const folders = relative(SRC, dirname(file)).split('/')
  return folders.slice(0, folders[1] === 'features' ? 3 : 2).join('/') || '.'
}

/** The file or folder index an import specifier names. */
function resolveImport(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier)
  try {
    if (statSync(target).isDirectory()) return join(target, 'index.ts')
  } catch {
    // A module named without its extension.
  }
  return target
}

function importGraph(files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of files) {
    const from = unitOf(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const to = unitOf(resolveImport(file, specifier!))
      if (to === from) continue
      if (!graph.has(from)) graph.set(from, new Set())
      graph.get(from)!.add(to)
    }
  }
  return graph
}

/** The strongly connected sets of two or more units (Tarjan's algorithm). */
function circles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (unit: string): void => {
    index.set(unit, index.size)
    low.set(unit, index.get(unit)!)
    stack.push(unit)
    for (const next of graph.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(unit, Math.min(low.get(unit)!, index.get(next)!))
    }
    if (low.get(unit) !== index.get(unit)) return
    const members = stack.splice(stack.indexOf(unit))
    if (members.length > 1) found.push(members.sort())
  }
  for (const unit of graph.keys()) if (!index.has(unit)) visit(unit)
  return found
}

describe('folders of src/ import each other without circles', () => {
  it('finds a circle where there is one, and none in a chain', () => {
    const graph = (edges: [string, string][]) => new Map(edges.map(([a, b]) => [a, new Set([b])]))
    expect(
      circles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['d', 'a'],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']])
    expect(
      circles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([])
  })

  it('has no circle between folders', () => {
    const graph = importGraph(sourceFiles(SRC))
    expect(graph.size).toBeGreaterThan(20)
    expect(circles(graph)).toEqual([])
  })
})
