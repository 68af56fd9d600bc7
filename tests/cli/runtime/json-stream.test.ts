import { EventEmitter } from 'node:events'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import align from '../../../src/cli/commands/align'
import { writeJsonObject } from '../../../src/cli/runtime/json-stream'
import { loadDocuments } from '../../../src/cli/runtime/load-documents'
import { alignDocuments, alignDocumentsBaseline } from '../../../src/core/align'
import { selectMatches, type SelectOptions } from '../../../src/core/align/select-matches'
import { builtinCodebook, classifyDocument, compileThemeMatcher } from '../../../src/core/themes'

/** A stdout that refuses every other write until it has drained, like a pipe to a slow reader. */
function slowStream() {
  const events = new EventEmitter()
  const chunks: string[] = []
  let waiting = false
  return {
    chunks,
    io: {
      stdout: {
        write(chunk: string): boolean {
          if (waiting) throw new Error('wrote before drain')
          chunks.push(chunk)
          waiting = chunks.length % 2 === 0
          if (waiting) {
            setTimeout(() => {
              waiting = false
              events.emit('drain')
            }, 0)
          }
          return !waiting
        },
        once: (event: 'drain', listener: () => void) => events.once(event, listener),
      },
      stderr: { write: () => true },
    },
  }
}

describe('writeJsonObject', () => {
  it('writes the same JSON as JSON.stringify, in many pieces, waiting for drain', async () => {
    const value = {
      documents: [{ file: 'a"b', text: '一\n二' }],
      matches: Array.from({ length: 5_001 }, (_, i) => ({ rank: i % 3, score: i / 7 })),
      warnings: [{ term: '发' }],
    }
    const { chunks, io } = slowStream()
    await writeJsonObject(io, value, new Set(['documents', 'matches']))
    expect(chunks.length).toBeGreaterThan(5)
    expect(chunks.join('')).toBe(JSON.stringify(value) + '\n')
  })

  it('writes empty arrays and leaves out undefined fields', async () => {
    const { chunks, io } = slowStream()
    await writeJsonObject(io, { documents: [], matches: [], warnings: undefined }, new Set(['documents', 'matches']))
    expect(JSON.parse(chunks.join(''))).toEqual({ documents: [], matches: [] })
  })
})

describe('writeJsonObject with a generator', () => {
  it('writes items as the generator yields them, the same JSON as the spread array', async () => {
    function* items() {
      for (let i = 0; i < 4_500; i++) yield { i }
    }
    const { chunks, io } = slowStream()
    await writeJsonObject(io, { matches: items() }, new Set(['matches']))
    expect(chunks.join('')).toBe(JSON.stringify({ matches: [...items()] }) + '\n')
  })
})

/**
 * The align command streams its matches (one passage's at a time from the core, selected one source
 * document at a time, written in pieces); what it writes must be byte for byte what building every
 * match first, selecting over all of them and stringifying the whole object gives.
 */
describe('align --json streamed', () => {
  const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds')
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS, f))

  async function streamed(args: string[]): Promise<string> {
    let stdout = ''
    const code = await align.run(['--json', ...args, ...files], {
      stdout: {
        write: (s: string) => {
          stdout += s
          return true
        },
      },
      stderr: { write: () => true },
    })
    expect(code).toBe(0)
    return stdout
  }

  async function whole(options: SelectOptions, method: 'ours' | 'baseline' = 'ours'): Promise<string> {
    const { loaded } = await loadDocuments(files, { stdout: { write: () => true }, stderr: { write: () => true } })
    const matcher = compileThemeMatcher(builtinCodebook())
    const docs = loaded.map(({ file, doc }) => ({
      file,
      text: doc.text,
      passages: classifyDocument(doc.text, matcher, { matches: false }),
    }))
    const documents = docs.map((d) => ({
      file: d.file,
      text: d.text,
      passages: d.passages.map((p) => ({ id: p.id, start: p.start, end: p.end, themes: p.themes, subthemes: p.subthemes })),
    }))
    const matches = method === 'ours' ? alignDocuments(docs) : alignDocumentsBaseline(docs, { top: 3 })
    return JSON.stringify({ documents, matches: selectMatches(matches, options) }) + '\n'
  }

  it('writes the same JSON as the whole result stringified at once, with and without selection', async () => {
    const all = await streamed([])
    expect(all).toBe(await whole({}))
    const selected = await streamed(['--min-score', '0.2', '--per-pair', '25'])
    expect(selected).toBe(await whole({ minScore: 0.2, perPair: 25 }))
    expect(selected.length).toBeLessThan(all.length)
    expect(await streamed(['--min-score', '0.2'])).toBe(await whole({ minScore: 0.2 }))
    expect(await streamed(['--method', 'baseline'])).toBe(await whole({}, 'baseline'))
  }, 60_000)
})
