// The layer table (STYLE.md, docs/ARCHITECTURE.md) is enforced by eslint.config.mjs; `npm run lint`
// checks the tree. These cases prove each rule fires where it must and stays quiet where it must not,
// so a config edit cannot silently switch a boundary off.
import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT, cache: false })

/** The boundary messages ESLint gives `source` placed at `file` (a path inside src/). */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

const uses = (spec: string): string => `import { x } from '${spec}'\nexport const y = x\n`

const FORBIDDEN: [string, string][] = [
  ['src/core/text/a.ts', 'react'],
  ['src/core/text/a.ts', 'dexie'],
  ['src/core/text/a.ts', 'electron'],
  ['src/core/text/a.ts', 'node:fs'],
  ['src/core/text/a.ts', 'path'],
  ['src/core/text/a.ts', 'markdown-it'],
  ['src/core/text/a.ts', '../../renderer/db/database'],
  ['src/core/text/a.ts', '../../shared/ipc'],
  ['src/shared/a.ts', '../core/result'],
  ['src/shared/a.ts', 'dexie'],
  ['src/cli/a.ts', 'electron'],
  ['src/cli/commands/a.ts', '../../renderer/db/database'],
  ['src/main/a.ts', 'react'],
  ['src/main/a.ts', '../renderer/platform'],
  ['src/preload/a.ts', 'node:fs'],
  ['src/preload/a.ts', '../core/result'],
  ['src/renderer/db/a.ts', 'electron'],
  ['src/renderer/db/a.ts', 'node:path'],
  ['src/renderer/db/a.ts', '../../main/window'],
  ['src/renderer/features/reader/a.ts', '../annotations/useAnnotations'],
  ['src/renderer/features/reader/a.ts', '../../app/views'],
  ['src/renderer/app/a.ts', '../features/reader/ReaderView'],
  ['src/renderer/workers/a.ts', '../features/concordance'],
  ['src/renderer/text-view/a.ts', '../features/annotations'],
  ['src/renderer/db/a.ts', '../app/App'],
  ['src/renderer/workers/export.worker.ts', '../../core/structure'],
  ['src/renderer/features/reader/a.ts', '../../../core/structure/index'],
]

const ALLOWED: [string, string][] = [
  ['src/core/text/a.ts', './b'],
  ['src/core/text/a.ts', '../anchoring'],
  ['src/core/text/a.ts', 'diff-match-patch'],
  ['src/core/export/a.ts', 'fflate'],
  ['src/shared/a.ts', './file-name'],
  ['src/shared/a.ts', 'valibot'],
  ['src/cli/a.ts', 'node:fs/promises'],
  ['src/cli/a.ts', '../core/import'],
  ['src/main/a.ts', 'electron'],
  ['src/main/a.ts', '../shared/ipc'],
  ['src/preload/a.ts', 'electron'],
  ['src/preload/a.ts', '../shared/ipc'],
  ['src/renderer/features/reader/a.ts', '../annotations'],
  ['src/renderer/features/reader/a.ts', './ReaderColumn'],
  ['src/renderer/features/reader/a.ts', '../../text-view'],
  ['src/renderer/features/reader/a.ts', '../../../core/anchoring'],
  ['src/renderer/app/a.ts', '../features/reader'],
  ['src/renderer/workers/a.ts', '../../core/concordance'],
  ['src/renderer/db/a.ts', 'dexie'],
  ['src/renderer/workers/analysis-structure.ts', '../../core/structure'],
  ['src/renderer/features/reader/a.ts', '../../../core/structure/types'],
]

describe('import boundaries', () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, spec) => {
    expect(await boundaryErrors(file, uses(spec))).toHaveLength(1)
  })

  it.each(ALLOWED)('%s may import %s', async (file, spec) => {
    expect(await boundaryErrors(file, uses(spec))).toEqual([])
  })

  it('refuses runtime globals in core and type-only imports across a boundary', async () => {
    expect(await boundaryErrors('src/core/text/a.ts', 'export const w = window.innerWidth\n')).toHaveLength(1)
    expect(await boundaryErrors('src/core/text/a.ts', "import type { Table } from 'dexie'\nexport type T = Table\n")).toHaveLength(1)
  })
})
