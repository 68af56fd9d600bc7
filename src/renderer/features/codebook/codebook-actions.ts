/**
 * Codebook operations behind the view's buttons that go beyond one database write: undo (put a
 * previous codebook back), export as JSON, import from a picked file.
 */
import { toCodebookJson, type Codebook, type CodebookErrorCode } from '../../../core/themes'
import { fail, type Result } from '../../../core/result'
import { importCodebookJson, readCodebook, saveCodebook } from '../../db/codebook'
import { getPlatform } from '../../platform'
import { backupBefore } from '../backup'

/** Suggested file name of an exported codebook. */
export const CODEBOOK_FILE_NAME = 'bidu-codebook.json'

/** Puts a previous codebook back (undo of an edit, delete, import or reset). */
export async function restoreCodebook(previous: Codebook): Promise<void> {
  await saveCodebook(previous)
}

/** Saves the current codebook as JSON; false when the user cancelled. */
export async function exportCodebook(): Promise<boolean> {
  const { codebook } = await readCodebook()
  return getPlatform().saveFile(CODEBOOK_FILE_NAME, toCodebookJson(codebook), 'json')
}

/**
 * Lets the user pick a JSON file and imports it. Resolves to null when nothing was picked, otherwise
 * to the result: the previous codebook (for undo), or the reason the file was refused (nothing changed).
 */
export async function importCodebookFile(): Promise<Result<Codebook, CodebookErrorCode | 'READ_FAILED'> | null> {
  const picked = await getPlatform().openFiles('annotations')
  const refused = picked.refused[0]
  if (refused) return fail('READ_FAILED', refused.message)
  const file = picked.files[0]
  if (!file) return null
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
  } catch {
    return fail('READ_FAILED', `${file.name} is not UTF-8 text`)
  }
  await backupBefore('before-codebook')
  return importCodebookJson(json)
}
