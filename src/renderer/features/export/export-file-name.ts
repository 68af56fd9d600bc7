/**
 * File names of exports: `Bidu-notes-<scope>-<date>.<ext>`, e.g. `Bidu-notes-安全-2026-11-23.md`.
 * Keeps Chinese as it is (every current file system takes it) and removes only what some file
 * system refuses or a shell misreads. The save dialog lets the user change the name anyway.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../../core/export'

export const FILE_NAME_PREFIX = 'Bidu-notes'
/** Longest scope part kept (UTF-16 units): long titles make unwieldy names and hit path limits. */
export const MAX_SCOPE_PART_LENGTH = 40

// Windows refuses \ / : * ? " < > | and control characters; whitespace becomes a hyphen so names need no quoting.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g
const SPACES = /[\s\u3000]+/g

/** The local calendar date of `now` as YYYY-MM-DD (the user's day, not UTC's). */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Makes `label` safe as part of a file name; '' when nothing usable is left. */
export function fileNamePart(label: string): string {
  const cleaned = label
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(SPACES, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  // Cut by code points so a rare CJK character outside the basic plane is never split in half.
  return [...cleaned]
    .slice(0, MAX_SCOPE_PART_LENGTH)
    .join('')
    .replace(/[-.]+$/g, '')
}

/**
 * The suggested file name of an export.
 * @param scopeLabel what the export covers (theme label, place, …); '' for everything
 * @param format picks the extension
 * @param now the export time (its local date goes into the name)
 */
export function exportFileName(scopeLabel: string, format: ExportFormat, now: Date): string {
  const part = fileNamePart(scopeLabel)
  const stem = [FILE_NAME_PREFIX, part, localDate(now)].filter((p) => p !== '').join('-')
  return `${stem}.${EXPORT_FORMATS[format].extension}`
}
