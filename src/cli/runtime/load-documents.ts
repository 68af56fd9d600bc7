// Reads document files for CLI commands: size check before reading, import with the Node pdf.js
// extractor, one "file: reason" line on stderr per rejected file. Good files load even when others fail.

import { readFile, stat } from 'node:fs/promises'
import type { CliIO } from './command'
import { importDocument } from '../../core/import'
import { MAX_IMPORT_BYTES, type ImportedDocument } from '../../core/import/types'
import { extractPdfItems } from './pdf-node'

/**
 * Loads and imports each file.
 * @returns the imported documents (in argument order) and the paths that failed (reasons already on stderr)
 */
export async function loadDocuments(
  files: string[],
  io: CliIO,
): Promise<{ loaded: { file: string; doc: ImportedDocument }[]; failed: string[] }> {
  const loaded: { file: string; doc: ImportedDocument }[] = []
  const failed: string[] = []
  for (const file of files) {
    const reason = await loadOne(file, loaded)
    if (reason) {
      failed.push(file)
      io.stderr.write(`${file}: ${reason}\n`)
    }
  }
  return { loaded, failed }
}

async function loadOne(file: string, loaded: { file: string; doc: ImportedDocument }[]): Promise<string | undefined> {
  let bytes: Uint8Array
  try {
    const info = await stat(file)
    if (!info.isFile()) return 'not a regular file'
    if (info.size > MAX_IMPORT_BYTES)
      return `the file is too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB)`
    bytes = new Uint8Array(await readFile(file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? String(e)})`
  }
  const name = file.replace(/^.*[\\/]/, '')
  const result = await importDocument(name, bytes, { pdf: extractPdfItems })
  if (!result.ok) return result.error.message.startsWith(`${name}: `) ? result.error.message.slice(name.length + 2) : result.error.message
  loaded.push({ file, doc: result.value })
  return undefined
}
