// Reads chosen entries of an untrusted zip archive (a .docx) within a memory budget. fflate's
// unzipSync trusts each entry's declared size and inflates every match, duplicates included, so a
// few megabytes can demand gigabytes; here the central directory is read first (zip64 too), duplicate
// names are refused, the declared sizes of the wanted entries must fit the budget, and inflating is
// streamed in small chunks that stop as soon as an entry outgrows its declared size or the budget.
// It deliberately does not check CRCs, read encrypted entries or support methods other than
// stored and deflate: none of them occur in documents Word or WPS write.

import { Inflate } from 'fflate'
import { fail, ok, type Result } from '../result'

/** What the caller may read, and how much it may cost. */
export interface ZipLimits {
  /** Total bytes the wanted entries may inflate to, together. */
  maxInflatedBytes: number
}

const EOCD_SIGNATURE = 0x06054b50
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50
const EOCD64_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const EOCD64_LOCATOR_SIZE = 20
/** The end record's comment is at most this long, so the record lies within the last 64 KiB + 22 bytes. */
const MAX_COMMENT = 0xffff
const CENTRAL_HEADER_SIZE = 46
const LOCAL_HEADER_SIZE = 30
/** A 32-bit field holding this value means "see the zip64 extra field". */
const ZIP64_MARK = 0xffffffff
const ZIP64_EXTRA_ID = 0x0001
const METHOD_STORED = 0
const METHOD_DEFLATE = 8
const FLAG_ENCRYPTED = 0x1
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1,032:1, so one push
 * yields at most ~17 MB before the budget is checked again.
 */
const INFLATE_CHUNK = 16 * 1024

interface CentralEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

/** A failure message, in the words the importer shows after the file name. */
type ZipResult<T> = Result<T, 'CORRUPT_FILE' | 'TOO_LARGE'>

const damaged = (why: string) =>
  fail('CORRUPT_FILE' as const, `it is not a readable Word (.docx) file: the zip archive is damaged (${why})`)

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

/** A little-endian 64-bit field as a number (exact below 2^53, far beyond any file we accept). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000
}

function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT)
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) return at
  }
  return -1
}

/** Where the central directory starts and how many entries it has, from the (zip64) end records. */
function directoryOf(bytes: Uint8Array): ZipResult<{ offset: number; count: number }> {
  const end = findEndRecord(bytes)
  if (end < 0) return damaged('no end of central directory')
  let count = u16(bytes, end + 10)
  let offset = u32(bytes, end + 16)
  const locator = end - EOCD64_LOCATOR_SIZE
  if (locator >= 0 && u32(bytes, locator) === EOCD64_LOCATOR_SIGNATURE) {
    const record = u64(bytes, locator + 8)
    if (record + 56 > bytes.length || u32(bytes, record) !== EOCD64_SIGNATURE) return damaged('bad zip64 end record')
    count = u64(bytes, record + 32)
    offset = u64(bytes, record + 48)
  }
  if (offset > bytes.length) return damaged('central directory outside the file')
  return ok({ offset, count })
}

/** Applies the zip64 extra field: each 32-bit field marked 0xFFFFFFFF is given there, in this order. */
function applyZip64(entry: CentralEntry, bytes: Uint8Array, extraStart: number, extraEnd: number): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = u16(bytes, at)
    const length = u16(bytes, at + 2)
    let field = at + 4
    if (id === ZIP64_EXTRA_ID) {
      const next = (): number => {
        const value = field + 8 <= Math.min(at + 4 + length, extraEnd) ? u64(bytes, field) : NaN
        field += 8
        return value
      }
      if (entry.size === ZIP64_MARK) entry.size = next()
      if (entry.compressedSize === ZIP64_MARK) entry.compressedSize = next()
      if (entry.localOffset === ZIP64_MARK) entry.localOffset = next()
      return
    }
    at += 4 + length
  }
}

function readDirectory(bytes: Uint8Array): ZipResult<CentralEntry[]> {
  const dir = directoryOf(bytes)
  if (!dir.ok) return dir
  const names = new TextDecoder('utf-8')
  const seen = new Set<string>()
  const entries: CentralEntry[] = []
  let at = dir.value.offset
  for (let i = 0; i < dir.value.count; i++) {
    if (at + CENTRAL_HEADER_SIZE > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) return damaged('bad central directory entry')
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    const nameStart = at + CENTRAL_HEADER_SIZE
    if (nameStart + nameLength + extraLength > bytes.length) return damaged('bad central directory entry')
    const entry: CentralEntry = {
      name: names.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    }
    applyZip64(entry, bytes, nameStart + nameLength, nameStart + nameLength + extraLength)
    if (![entry.size, entry.compressedSize, entry.localOffset].every(Number.isFinite)) return damaged('bad zip64 sizes')
    // Two entries of one name: readers disagree on which one counts, and a bomb repeats its payload.
    if (seen.has(entry.name)) return fail('CORRUPT_FILE', `it is not a readable Word (.docx) file: the archive holds "${entry.name}" twice`)
    seen.add(entry.name)
    entries.push(entry)
    at = nameStart + nameLength + extraLength + commentLength
  }
  return ok(entries)
}

/** The compressed bytes of an entry, located through its local header. */
function compressedDataOf(bytes: Uint8Array, entry: CentralEntry): ZipResult<Uint8Array> {
  const at = entry.localOffset
  if (at + LOCAL_HEADER_SIZE > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) return damaged(`bad local header of ${entry.name}`)
  const start = at + LOCAL_HEADER_SIZE + u16(bytes, at + 26) + u16(bytes, at + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length) return damaged(`${entry.name} is cut short`)
  return ok(bytes.subarray(start, end))
}

/** Inflates `data`, refusing as soon as the output passes `declared` or `allowance` bytes. */
function inflateWithin(data: Uint8Array, entry: CentralEntry, allowance: number): ZipResult<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  let over = false
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total > entry.size || total > allowance) over = true
    else chunks.push(chunk)
  })
  try {
    for (let at = 0; at < data.length && !over; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length)
    }
  } catch {
    return damaged(`${entry.name} cannot be decompressed`)
  }
  if (over && total > allowance) return tooLarge(allowance)
  if (over || total !== entry.size) return damaged(`${entry.name} is not the size its header declares`)
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return ok(out)
}

function tooLarge(budget: number) {
  return fail(
    'TOO_LARGE' as const,
    `its parts decompress to more than ${Math.round(budget / 1048576)} MB, the limit (a damaged or malicious file?)`,
  )
}

/**
 * Reads the entries of a zip archive whose names `wanted` accepts.
 * @param bytes the whole archive
 * @param wanted picks entries by name (e.g. `word/document.xml`)
 * @param limits the inflate budget over all wanted entries together
 * @returns the entries' bytes by name; CORRUPT_FILE for a damaged archive, duplicate names, an
 *   unsupported method or an entry whose real size differs from its header; TOO_LARGE when the
 *   wanted entries declare or inflate to more than the budget (refused before or while inflating)
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits,
): ZipResult<Map<string, Uint8Array>> {
  const directory = readDirectory(bytes)
  if (!directory.ok) return directory
  const picked = directory.value.filter((e) => wanted(e.name))
  const declared = picked.reduce((sum, e) => sum + e.size, 0)
  if (declared > limits.maxInflatedBytes) return tooLarge(limits.maxInflatedBytes)
  const out = new Map<string, Uint8Array>()
  let used = 0
  for (const entry of picked) {
    if (entry.flags & FLAG_ENCRYPTED)
      return fail('CORRUPT_FILE', 'it is a password-protected Word file; save it without a password and import that')
    const data = compressedDataOf(bytes, entry)
    if (!data.ok) return data
    let content: ZipResult<Uint8Array>
    if (entry.method === METHOD_STORED) {
      content = data.value.length === entry.size ? ok(data.value) : damaged(`${entry.name} is not the size its header declares`)
    } else if (entry.method === METHOD_DEFLATE) {
      content = inflateWithin(data.value, entry, limits.maxInflatedBytes - used)
    } else {
      return damaged(`${entry.name} uses compression method ${entry.method}`)
    }
    if (!content.ok) return content
    used += content.value.length
    out.set(entry.name, content.value)
  }
  return ok(out)
}
