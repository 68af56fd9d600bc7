/**
 * The only file reading and writing main does for the renderer: reading files the user just picked
 * in an open dialog (sizes checked before reading) and writing a file the user just chose in a save
 * dialog (atomically). It never receives a path from the renderer; the dialogs supply them.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { MAX_FILE_BYTES, MAX_OPEN_TOTAL_BYTES, type OpenedFile, type OpenFilesResult, type RejectedFile } from '../shared/ipc'
import { messageOf } from '../core/result'

export interface ReadLimits {
  /** Largest single file, bytes. */
  maxFileBytes: number
  /** Largest sum over the batch, bytes. */
  maxTotalBytes: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: MAX_FILE_BYTES, maxTotalBytes: MAX_OPEN_TOTAL_BYTES }

const MEGABYTE = 1024 * 1024

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / MEGABYTE) * 10) / 10} MB`
}

/** Readable reasons for common fs error codes. */
const FS_ERROR_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the file or folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'it is in use by another program',
  EMFILE: 'too many files are open',
}

/**
 * A short reason for an fs (or other) error, without the path Node puts in its messages: the
 * renderer gets names, never locations on disk.
 */
export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  if (typeof code === 'string') return FS_ERROR_REASONS[code] ?? `system error ${code}`
  return messageOf(error)
}

/** A view over exactly the file's bytes, so IPC does not copy a larger pooled buffer. */
function exactBytes(buffer: Buffer): Uint8Array {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
  return whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer)
}

/**
 * Reads the picked files in order. Each file's size is checked with `stat` before it is read, so
 * an oversized file costs nothing; a file that is too large, not a regular file or unreadable is
 * listed in `rejected` with a reason, and the others still come back.
 */
export async function readPickedFiles(paths: readonly string[], limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<OpenFilesResult> {
  const files: OpenedFile[] = []
  const rejected: RejectedFile[] = []
  let total = 0
  for (const path of paths) {
    const name = basename(path)
    try {
      const info = await stat(path)
      if (!info.isFile()) {
        rejected.push({ name, code: 'NOT_A_FILE', message: `${name} is not a file` })
        continue
      }
      if (info.size > limits.maxFileBytes) {
        rejected.push({
          name,
          code: 'TOO_LARGE',
          message: `${name} is ${megabytes(info.size)}; the limit is ${megabytes(limits.maxFileBytes)}`,
        })
        continue
      }
      if (total + info.size > limits.maxTotalBytes) {
        rejected.push({
          name,
          code: 'TOO_LARGE',
          message: `${name} was skipped: the selection is over ${megabytes(limits.maxTotalBytes)}; import it separately`,
        })
        continue
      }
      const bytes = await readFile(path)
      // The file may have grown between stat and read.
      if (bytes.byteLength > limits.maxFileBytes) {
        rejected.push({ name, code: 'TOO_LARGE', message: `${name} is over ${megabytes(limits.maxFileBytes)}` })
        continue
      }
      total += bytes.byteLength
      files.push({ name, bytes: exactBytes(bytes) })
    } catch (error) {
      rejected.push({ name, code: 'READ_FAILED', message: `${name} could not be read: ${describeError(error)}` })
    }
  }
  return { files, rejected }
}

/**
 * Writes `data` (text as UTF-8, or bytes) to `path` through a temporary file in the same folder
 * and a rename, so an existing file is replaced only by a complete one. Throws the fs error.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data, typeof data === 'string' ? 'utf8' : undefined)
    await rename(temp, path)
  } catch (error) {
    // The temp file may not exist (writeFile failed at open); the original error is what matters.
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
