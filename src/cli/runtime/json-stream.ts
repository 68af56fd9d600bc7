/**
 * Writes a large JSON result in pieces instead of one string: the 52 national reports' alignment is
 * about 180 MB of JSON, which as one string (and the object graph behind it) took gigabytes. Waits
 * for the stream to drain whenever it asks to, so memory stays bounded by one batch.
 */
import type { CliIO } from './command'

/** Array items written per chunk: large enough that writes are few, small enough to stay bounded. */
const ITEMS_PER_CHUNK = 2_000

/** Writes `chunk`; resolves once the stream can take more (at once for streams without back-pressure). */
async function write(io: CliIO, chunk: string): Promise<void> {
  const out = io.stdout
  if (out.write(chunk) === false && out.once) await new Promise<void>((resolve) => out.once?.('drain', resolve))
}

/**
 * Writes `{"key": value, …}` followed by a newline, where each field named in `arrays` (an array or
 * any iterable, e.g. a generator producing items as they are computed) is written item by item
 * (each item as JSON.stringify would, or as `itemJson[key]` writes it: a faster writer of the same
 * JSON) and every other field whole. The output is what JSON.stringify gives with the iterables
 * spread into arrays.
 */
export async function writeJsonObject(
  io: CliIO,
  fields: Record<string, unknown>,
  arrays: ReadonlySet<string>,
  itemJson: Readonly<Record<string, (item: never) => string>> = {},
): Promise<void> {
  let first = true
  await write(io, '{')
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    const prefix = `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    if (!arrays.has(key) || !isIterable(value)) {
      await write(io, prefix + JSON.stringify(value))
      continue
    }
    await write(io, `${prefix}[`)
    const json = (itemJson[key] as ((item: unknown) => string) | undefined) ?? ((item: unknown) => JSON.stringify(item) ?? 'null')
    let items: string[] = []
    let written = 0
    for (const item of value) {
      items.push(json(item))
      if (items.length === ITEMS_PER_CHUNK) {
        await write(io, (written > 0 ? ',' : '') + items.join(','))
        written += items.length
        items = []
      }
    }
    if (items.length > 0) await write(io, (written > 0 ? ',' : '') + items.join(','))
    await write(io, ']')
  }
  await write(io, '}\n')
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
}
