/**
 * The preload: builds the small `window.bidu` API (see BiduApi in src/shared/ipc.ts) and exposes it
 * through contextBridge. The page gets named methods only — never ipcRenderer, the event object or
 * channel names. Requests are copied into fresh objects with just the known fields; main validates
 * them again, because a compromised page could bypass this file's checks.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IpcChannel,
  validateMenuEvent,
  type BiduApi,
  type IpcResult,
  type MenuEvent,
  type AutoBackupRequest,
  type OpenFilesRequest,
  type SaveFileRequest,
} from '../shared/ipc'

// Electron prefixes invoke errors with the channel name, which the page is not meant to see.
const INVOKE_ERROR_PREFIX = /^Error invoking remote method '[^']*': /

/** Calls a channel; a rejected invoke (no handler, serialisation error) becomes an IPC_FAILED result. */
async function invoke<T>(channel: string, ...args: unknown[]): Promise<IpcResult<T>> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as IpcResult<T>
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(INVOKE_ERROR_PREFIX, '')
    return { ok: false, error: { code: 'IPC_FAILED', message } }
  }
}

function openFilesArgument(request: OpenFilesRequest | undefined): OpenFilesRequest | undefined {
  if (request === undefined || request === null || typeof request !== 'object') return request
  return request.filters === undefined ? {} : { filters: request.filters }
}

function saveFileArgument(request: SaveFileRequest): SaveFileRequest {
  if (request === null || typeof request !== 'object') return request
  return { suggestedName: request.suggestedName, data: request.data, kind: request.kind }
}

const api: BiduApi = Object.freeze({
  openFiles: (request?: OpenFilesRequest) => invoke(IpcChannel.openFiles, openFilesArgument(request)),
  saveFile: (request: SaveFileRequest) => invoke(IpcChannel.saveFile, saveFileArgument(request)),
  appInfo: () => invoke(IpcChannel.appInfo),
  autoBackup: (request: AutoBackupRequest) =>
    invoke(
      IpcChannel.autoBackup,
      request === null || typeof request !== 'object' ? request : { reason: request.reason, data: request.data },
    ),
  onMenu: (listener: (event: MenuEvent) => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      const menuEvent = validateMenuEvent(payload)
      if (menuEvent.ok) listener(menuEvent.value)
    }
    ipcRenderer.on(IpcChannel.menu, forward)
    return () => {
      ipcRenderer.removeListener(IpcChannel.menu, forward)
    }
  },
}) as BiduApi

contextBridge.exposeInMainWorld('bidu', api)
