import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { writeJsonObject } from '../../src/cli/json-stream'

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
