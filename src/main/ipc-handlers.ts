/**
 * The main-process side of the IPC contract in `src/shared/ipc.ts`. Every handler first checks the
 * sender is our page's main frame, then validates its arguments with the shared validators, and
 * always resolves to an IpcResult (errors are caught here, at the top). Files are read only after
 * the user picks them in an open dialog and written only where the user chose in a save dialog.
 */
import { app, dialog, ipcMain, type BrowserWindow } from 'electron'
import { userInfo } from 'node:os'
import { basename, dirname } from 'node:path'
import { sanitizeFileName } from '../shared/file-name'
import {
  IpcChannel,
  SAVE_KIND_EXTENSIONS,
  MAX_OPEN_FILES,
  maxOpenBytes,
  validateAutoBackupRequest,
  validateOpenFilesRequest,
  validateSaveFileRequest,
  type AppInfo,
  type AutoBackupResult,
  type IpcErrorCode,
  type IpcResult,
  type OpenFilesResult,
  type SaveFileResult,
} from '../shared/ipc'
import { openDialogOptions, saveDialogOptions } from './dialog-options'
import { DEFAULT_READ_LIMITS, describeError, readPickedFiles, writeFileAtomically } from './file-access'
import { untrustedSenderReason } from './ipc-sender'
import { writeAutoBackup } from './auto-backup'

export interface IpcHandlerOptions {
  /** The app window; only its main frame may call. */
  getWindow: () => BrowserWindow | null
  /** The dev server's URL in development (its origin is trusted too). */
  devUrl?: string
}

/** Folder the next dialog starts in: the last one the user used this session. */
interface DialogMemory {
  directory?: string
}

type Handler = (args: unknown[], win: BrowserWindow, memory: DialogMemory) => Promise<IpcResult<unknown>>

function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

function failure(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}

function tooManyArguments(channel: string, max: number, args: unknown[]): IpcResult<never> | null {
  return args.length > max ? failure('BAD_ARGUMENT', `${channel} takes at most ${max} argument(s)`) : null
}

function startDirectory(memory: DialogMemory): string {
  return memory.directory ?? app.getPath('documents')
}

async function openFiles(args: unknown[], win: BrowserWindow, memory: DialogMemory): Promise<IpcResult<OpenFilesResult>> {
  const extra = tooManyArguments(IpcChannel.openFiles, 1, args)
  if (extra) return extra
  const request = validateOpenFilesRequest(args[0])
  if (!request.ok) return request
  const filter = request.value.filters ?? 'documents'
  const picked = await dialog.showOpenDialog(win, openDialogOptions(filter, app.getLocale(), startDirectory(memory)))
  if (picked.canceled || picked.filePaths.length === 0) return ok({ files: [], rejected: [] })
  memory.directory = dirname(picked.filePaths[0])
  if (picked.filePaths.length > MAX_OPEN_FILES) {
    return failure('TOO_MANY_FILES', `${picked.filePaths.length} files chosen; choose at most ${MAX_OPEN_FILES} at a time`)
  }
  return ok(await readPickedFiles(picked.filePaths, { ...DEFAULT_READ_LIMITS, maxFileBytes: maxOpenBytes(filter) }))
}

async function saveFile(args: unknown[], win: BrowserWindow, memory: DialogMemory): Promise<IpcResult<SaveFileResult>> {
  const extra = tooManyArguments(IpcChannel.saveFile, 1, args)
  if (extra) return extra
  const request = validateSaveFileRequest(args[0])
  if (!request.ok) return request
  const { kind, suggestedName, data } = request.value
  const fileName = sanitizeFileName(suggestedName, SAVE_KIND_EXTENSIONS[kind])
  const chosen = await dialog.showSaveDialog(win, saveDialogOptions(kind, fileName, app.getLocale(), startDirectory(memory)))
  if (chosen.canceled || !chosen.filePath) return ok({ saved: false })
  await writeFileAtomically(chosen.filePath, data)
  memory.directory = dirname(chosen.filePath)
  // The renderer learns the name it was saved under, not where: paths stay in main.
  return ok({ saved: true, name: basename(chosen.filePath) })
}

async function appInfo(args: unknown[]): Promise<IpcResult<AppInfo>> {
  const extra = tooManyArguments(
    IpcChannel.appInfo,
    0,
    args.filter((a) => a !== undefined),
  )
  if (extra) return extra
  return ok({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform, userName: systemUserName() })
}

async function autoBackup(args: unknown[]): Promise<IpcResult<AutoBackupResult>> {
  const extra = tooManyArguments(IpcChannel.autoBackup, 1, args)
  if (extra) return extra
  const request = validateAutoBackupRequest(args[0])
  if (!request.ok) return request
  return ok({ name: await writeAutoBackup(app.getPath('userData'), request.value.reason, request.value.data) })
}

/** The OS account name, or '' (userInfo throws when the account has no passwd entry, e.g. in some containers). */
function systemUserName(): string {
  try {
    return userInfo().username
  } catch {
    return ''
  }
}

/** The code a handler's unexpected exception is reported under. */
const FAILURE_CODES: Record<string, IpcErrorCode> = {
  [IpcChannel.openFiles]: 'READ_FAILED',
  [IpcChannel.saveFile]: 'WRITE_FAILED',
  [IpcChannel.appInfo]: 'IPC_FAILED',
  [IpcChannel.autoBackup]: 'WRITE_FAILED',
}

/** Registers the invoke handlers of every channel on `ipcMain`. Call once, after `ready`. */
export function registerIpcHandlers(options: IpcHandlerOptions): void {
  const memory: DialogMemory = {}
  const handlers: Record<string, Handler> = {
    [IpcChannel.openFiles]: openFiles,
    [IpcChannel.saveFile]: saveFile,
    [IpcChannel.appInfo]: appInfo,
    [IpcChannel.autoBackup]: autoBackup,
  }
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const win = options.getWindow()
      const reason = untrustedSenderReason(event, win, options.devUrl)
      if (reason !== null || !win) {
        console.warn(`Bidu: refused ${channel}: ${reason}`)
        return failure('BAD_SENDER', `Refused ${channel}: ${reason}`)
      }
      try {
        return await handler(args, win, memory)
      } catch (error) {
        return failure(FAILURE_CODES[channel] ?? 'IPC_FAILED', describeError(error))
      }
    })
  }
}
