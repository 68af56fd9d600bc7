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
 * Writes `{"key": value, …}` followed by a newline, where each array-valued field of `arrays` is
 * written item by item (each item as JSON.stringify would) and every other field whole. The output
 * parses to the same value as JSON.stringify(fields).
 */
export async function writeJsonObject(io: CliIO, fields: Record<string, unknown>, arrays: ReadonlySet<string>): Promise<void> {
  let first = true
  await write(io, '{')
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    const prefix = `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    if (!arrays.has(key) || !Array.isArray(value)) {
      await write(io, prefix + JSON.stringify(value))
      continue
    }
    await write(io, `${prefix}[`)
    for (let i = 0; i < value.length; i += ITEMS_PER_CHUNK) {
      const items = value.slice(i, i + ITEMS_PER_CHUNK).map((item) => JSON.stringify(item) ?? 'null')
      await write(io, (i > 0 ? ',' : '') + items.join(','))
    }
    await write(io, ']')
  }
  await write(io, '}\n')
}
