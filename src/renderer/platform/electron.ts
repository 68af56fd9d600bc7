/**
 * The Electron platform over the preload's `window.bidu` (see BiduApi in src/shared/ipc.ts).
 * Main shows the dialogs and reads or writes the files; this adapter only reshapes results.
 */
import type { BiduApi } from '../../shared/ipc'
import { listenForDroppedFiles } from './read-files'
import type { Platform } from './types'

/** Creates the Electron platform over `api`. */
export function createElectronPlatform(api: BiduApi): Platform {
  return {
    openFiles: async (filter = 'documents') => {
      const result = await api.openFiles({ filters: filter })
      if (!result.ok) throw new Error(result.error.message)
      return {
        files: result.value.files.map((file) => ({ name: file.name, bytes: file.bytes })),
        refused: result.value.rejected.map((file) => ({ name: file.name, code: file.code, message: file.message })),
      }
    },
    saveFile: async (name, data, kind) => {
      const result = await api.saveFile({ suggestedName: name, data, kind })
      if (!result.ok) throw new Error(result.error.message)
      return result.value.saved
    },
    autoBackup: async (reason, data) => {
      const result = await api.autoBackup({ reason, data })
      if (!result.ok) throw new Error(result.error.message)
      return true
    },
    onMenu: (listener) => api.onMenu((event) => listener(event.command)),
    onDropFiles: (listener) => listenForDroppedFiles(listener),
    appInfo: async () => {
      const result = await api.appInfo()
      if (!result.ok) return { version: '', locale: navigator.language, kind: 'electron', userName: '' }
      // An older main (or a bad reply) may lack the name: the coder field then asks, as on the web.
      const userName = typeof result.value.userName === 'string' ? result.value.userName : ''
      return { version: result.value.version, locale: result.value.locale, kind: 'electron', userName }
    },
  }
}
