/**
 * The IPC contract between the Electron main process, the preload and the renderer: channel names,
 * argument and result types, size limits, and the runtime validators main runs on every call.
 * Types and pure checks only — no Electron, no Node, no DOM — so all three sides can import it.
 * It deliberately has no channel that takes a path: main reads only files the user picked in a dialog.
 * The validators are valibot schemas (pure JS, runs in main, preload and renderer alike).
 */
import * as v from 'valibot'

/** Every channel starts with this prefix; main and preload use no others. */
export const IPC_PREFIX = 'bidu:'

/** Channel names. The renderer never sees them: it calls the named methods of {@link BiduApi}. */
export const IpcChannel = {
  /** invoke: {@link OpenFilesRequest} → {@link OpenFilesResult}. */
  openFiles: 'bidu:open-files',
  /** invoke: {@link SaveFileRequest} → {@link SaveFileResult}. */
  saveFile: 'bidu:save-file',
  /** invoke: no argument → {@link AppInfo}. */
  appInfo: 'bidu:app-info',
  /** invoke: {@link AutoBackupRequest} → {@link AutoBackupResult}. */
  autoBackup: 'bidu:auto-backup',
  /** main → renderer event: {@link MenuEvent}. */
  menu: 'bidu:menu',
} as const

/** Largest file main will read for the renderer (bytes). Equals the importer's MAX_IMPORT_BYTES. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024
/**
 * Largest backup file (bytes), for saving and for opening alike, so every backup the app writes can
 * be restored. A whole library is bigger than any one document, hence its own limit.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024
/** Most files one open dialog may return; a bigger selection is refused as a whole. */
export const MAX_OPEN_FILES = 100
/**
 * Most bytes one open dialog may return in total. Each file is already ≤ 50 MB; this stops a
 * 100-file selection from copying gigabytes through IPC. Files past the budget are listed as rejected.
 */
export const MAX_OPEN_TOTAL_BYTES = 500 * 1024 * 1024
/** Longest suggested file name accepted (UTF-16 code units); main shortens it further. */
export const MAX_SUGGESTED_NAME_LENGTH = 1000
/** Largest payload the renderer may ask main to save (bytes, UTF-8 for text): the largest save is a backup. */
const MAX_SAVE_BYTES = MAX_BACKUP_BYTES

/** Machine-readable reasons an IPC call fails. */
export type IpcErrorCode = 'BAD_SENDER' | 'BAD_ARGUMENT' | 'TOO_LARGE' | 'TOO_MANY_FILES' | 'READ_FAILED' | 'WRITE_FAILED' | 'IPC_FAILED'

/** Every invoke resolves to this; handlers never reject. Same shape as the core's Result. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

/** Which file types the open dialog offers. */
export type OpenFilter = 'documents' | 'backup' | 'annotations'
export const OPEN_FILTERS: readonly OpenFilter[] = ['documents', 'backup', 'annotations']

/** Largest single file each open filter accepts (bytes): backups have their own, larger limit. */
export function maxOpenBytes(filter: OpenFilter): number {
  return filter === 'backup' ? MAX_BACKUP_BYTES : MAX_FILE_BYTES
}

/** Extensions (lower case, no dot) offered by each open filter; "All files" is always offered too. */
export const OPEN_FILTER_EXTENSIONS: Readonly<Record<OpenFilter, readonly string[]>> = {
  documents: ['txt', 'md', 'html', 'htm', 'docx', 'pdf'],
  backup: ['json', 'zip'],
  annotations: ['json', 'jsonld'],
}

export interface OpenFilesRequest {
  /** Defaults to 'documents'. */
  filters?: OpenFilter
}

export interface OpenedFile {
  /** Base name of the picked file, e.g. `report.txt` (never a path). */
  name: string
  bytes: Uint8Array
}

export type RejectedFileCode = 'TOO_LARGE' | 'NOT_A_FILE' | 'READ_FAILED'

/** A picked file main did not read, with the reason; the rest of the batch still comes back. */
export interface RejectedFile {
  name: string
  code: RejectedFileCode
  message: string
}

/** A cancelled dialog gives two empty lists. */
export interface OpenFilesResult {
  files: OpenedFile[]
  rejected: RejectedFile[]
}

/** What is being saved; picks the dialog's file-type filter and the default extension. */
export type SaveKind = 'markdown' | 'csv' | 'json' | 'qdpx' | 'docx' | 'svg' | 'png' | 'backup'
export const SAVE_KINDS: readonly SaveKind[] = ['markdown', 'csv', 'json', 'qdpx', 'docx', 'svg', 'png', 'backup']

/** Allowed extensions per kind; the first is appended when the suggested name has none of them. */
export const SAVE_KIND_EXTENSIONS: Readonly<Record<SaveKind, readonly string[]>> = {
  markdown: ['md', 'markdown'],
  csv: ['csv'],
  json: ['json', 'jsonld'],
  qdpx: ['qdpx'],
  docx: ['docx'],
  svg: ['svg'],
  png: ['png'],
  backup: ['json', 'zip'],
}

export interface SaveFileRequest {
  /** File name offered in the dialog; main sanitises it (see sanitizeFileName) and drops any directory part. */
  suggestedName: string
  /** Text is written as UTF-8 exactly as given (include a BOM in the string if you want one). */
  data: string | Uint8Array
  kind: SaveKind
}

export interface SaveFileResult {
  /** False when the user cancelled the dialog. */
  saved: boolean
  /** Base name of the written file when saved (the full path stays in main). */
  name?: string
}

export interface AppInfo {
  /** The app's version, e.g. `0.1.0`. */
  version: string
  /** UI locale from the OS, e.g. `zh-CN`, `en-US`. */
  locale: string
  /** Node's platform name: `darwin`, `win32`, `linux`, … */
  platform: string
  /** The OS account's user name (the default coder name of REFI-QDA exports); '' when the OS gives none. */
  userName: string
}

/** Why an automatic backup is written: once a day, or before an operation that replaces data. */
export type AutoBackupReason = 'daily' | 'before-restore' | 'before-codebook'
export const AUTO_BACKUP_REASONS: readonly AutoBackupReason[] = ['daily', 'before-restore', 'before-codebook']

/** A backup file's text for main to keep in the user-data folder (main chooses the name and rotates). */
export interface AutoBackupRequest {
  reason: AutoBackupReason
  /** The backup JSON (see core/backup), at most {@link MAX_BACKUP_BYTES} as UTF-8. */
  data: string
}

export interface AutoBackupResult {
  /** Base name of the written file. */
  name: string
}

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'import' | 'export' | 'about' | 'backup' | 'restore' | 'restore-samples'
export const MENU_COMMANDS: readonly MenuCommand[] = ['import', 'export', 'about', 'backup', 'restore', 'restore-samples']

export interface MenuEvent {
  command: MenuCommand
}

/**
 * What the preload exposes as `window.bidu` in the Electron build (absent in the plain-web build).
 * Every method resolves — failures come back as `{ ok: false, error }` — and never throws.
 */
export interface BiduApi {
  /** Shows the open dialog (multi-select) and returns the picked files' names and bytes. */
  openFiles(request?: OpenFilesRequest): Promise<IpcResult<OpenFilesResult>>
  /** Shows the save dialog and writes `data` where the user chose. */
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>
  appInfo(): Promise<IpcResult<AppInfo>>
  /** Writes an automatic backup into the user-data folder (rotated: see main's auto-backup.ts). */
  autoBackup(request: AutoBackupRequest): Promise<IpcResult<AutoBackupResult>>
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenu(listener: (event: MenuEvent) => void): () => void
}

function badArgument(message: string): IpcResult<never> {
  return { ok: false, error: { code: 'BAD_ARGUMENT', message } }
}

/** An object literal (not an array, a Date or an object with a prototype of its own). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** A plain object with exactly `entries` (each optional or not as its schema says); `what` names the call in messages. */
function plainObject<const T extends v.ObjectEntries>(what: string, entries: T, expects = 'an object') {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, `${what} expects ${expects}`),
    v.strictObject(entries, (issue) => `${what}: unknown field ${String(issue.path?.at(-1)?.key)}`),
  )
}

/** The value `schema` accepts (a fresh object of the known fields), or BAD_ARGUMENT with the first issue's message. */
function parseArgument<T extends v.GenericSchema>(schema: T, value: unknown): IpcResult<v.InferOutput<T>> {
  const result = v.safeParse(schema, value, { abortEarly: true })
  return result.success ? { ok: true, value: result.output } : badArgument(result.issues[0].message)
}

const OpenFilesRequestSchema = v.optional(
  plainObject(
    'open-files',
    { filters: v.optional(v.picklist(OPEN_FILTERS, `open-files: filters must be one of ${OPEN_FILTERS.join(', ')}`)) },
    'an object or nothing',
  ),
  {},
)

/**
 * Checks the argument of `bidu:open-files`. `undefined` and `{}` mean the documents filter.
 * Returns a fresh object holding only the known field.
 */
export function validateOpenFilesRequest(value: unknown): IpcResult<OpenFilesRequest> {
  const result = parseArgument(OpenFilesRequestSchema, value)
  if (!result.ok) return result
  return { ok: true, value: result.value.filters === undefined ? {} : { filters: result.value.filters } }
}

/**
 * UTF-8 size of `text` in bytes, stopping early once it passes `limit` (so a huge string costs
 * no more than the limit). Lone surrogates count 3 bytes, as they are written as U+FFFD.
 */
export function utf8ByteLength(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** Size in bytes of a save payload as it will be written. */
export function payloadByteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? utf8ByteLength(data, MAX_SAVE_BYTES) : data.byteLength
}

const SaveFileRequestSchema = plainObject('save-file', {
  suggestedName: v.pipe(
    v.string(`save-file: suggestedName must be a string of at most ${MAX_SUGGESTED_NAME_LENGTH} characters`),
    v.maxLength(MAX_SUGGESTED_NAME_LENGTH, `save-file: suggestedName must be a string of at most ${MAX_SUGGESTED_NAME_LENGTH} characters`),
  ),
  data: v.union([v.string(), v.instance(Uint8Array)], 'save-file: data must be a string or a Uint8Array'),
  kind: v.picklist(SAVE_KINDS, `save-file: kind must be one of ${SAVE_KINDS.join(', ')}`),
})

/**
 * Checks the argument of `bidu:save-file`: a known kind, a name of at most
 * {@link MAX_SUGGESTED_NAME_LENGTH} units, and text or bytes of at most {@link MAX_SAVE_BYTES}.
 * Returns a fresh object; `TOO_LARGE` for an oversized payload, `BAD_ARGUMENT` otherwise.
 */
export function validateSaveFileRequest(value: unknown): IpcResult<SaveFileRequest> {
  const result = parseArgument(SaveFileRequestSchema, value)
  if (!result.ok) return result
  const { suggestedName, data, kind } = result.value
  const limit = kind === 'backup' ? MAX_BACKUP_BYTES : MAX_SAVE_BYTES
  if (payloadByteLength(data) > limit) {
    return { ok: false, error: { code: 'TOO_LARGE', message: `save-file: data is over ${limit / 1024 / 1024} MB` } }
  }
  return { ok: true, value: { suggestedName, data, kind } }
}

const AutoBackupRequestSchema = plainObject('auto-backup', {
  reason: v.picklist(AUTO_BACKUP_REASONS, `auto-backup: reason must be one of ${AUTO_BACKUP_REASONS.join(', ')}`),
  data: v.string('auto-backup: data must be a string'),
})

/** Checks the argument of `bidu:auto-backup`: a known reason and a text of at most {@link MAX_BACKUP_BYTES}. */
export function validateAutoBackupRequest(value: unknown): IpcResult<AutoBackupRequest> {
  const result = parseArgument(AutoBackupRequestSchema, value)
  if (!result.ok) return result
  const { reason, data } = result.value
  if (utf8ByteLength(data, MAX_BACKUP_BYTES) > MAX_BACKUP_BYTES) {
    return { ok: false, error: { code: 'TOO_LARGE', message: `auto-backup: data is over ${MAX_BACKUP_BYTES / 1024 / 1024} MB` } }
  }
  return { ok: true, value: { reason, data } }
}

const MenuEventSchema = plainObject('menu event', { command: v.picklist(MENU_COMMANDS, 'menu event: unknown command') })

/** Checks a `bidu:menu` event payload (the preload drops anything else). */
export function validateMenuEvent(value: unknown): IpcResult<MenuEvent> {
  return parseArgument(MenuEventSchema, value)
}
