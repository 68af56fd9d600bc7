/**
 * The plain-browser platform (the web build and the end-to-end tests): a hidden multi-file input
 * for picking, drag-and-drop onto the window, downloads through a blob URL and `<a download>`.
 * There is no application menu, so `onMenu` never fires.
 */
import { OPEN_FILTER_EXTENSIONS, SAVE_KIND_EXTENSIONS, maxOpenBytes, type OpenFilter } from '../../shared/ipc'
import { listenForDroppedFiles, readFiles } from './read-files'
import type { PickedFiles, Platform, PlatformInfo, SaveKind } from './types'

/** The file input's `accept` list for an open filter, e.g. `.json,.jsonld`. */
function acceptOf(filter: OpenFilter): string {
  return OPEN_FILTER_EXTENSIONS[filter].map((ext) => `.${ext}`).join(',')
}
/** The version of the web build (the Electron build asks main). */
const WEB_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0'
/** Browsers need the blob URL to live until the download has started. */
const REVOKE_DELAY_MS = 10_000

const MIME: Record<SaveKind, string> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  qdpx: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml',
  png: 'image/png',
  backup: 'application/json;charset=utf-8',
}

function fileInput(): HTMLInputElement {
  const existing = document.getElementById('bidu-file-input')
  if (existing instanceof HTMLInputElement) return existing
  const input = document.createElement('input')
  input.type = 'file'
  input.multiple = true
  input.id = 'bidu-file-input'
  input.hidden = true
  document.body.append(input)
  return input
}

function withExtension(name: string, kind: SaveKind): string {
  const extensions = SAVE_KIND_EXTENSIONS[kind]
  const lower = name.toLowerCase()
  return extensions.some((ext) => lower.endsWith(`.${ext}`)) ? name : `${name}.${extensions[0]}`
}

/** Creates the browser platform. */
export function createWebPlatform(): Platform {
  return {
    openFiles: (filter = 'documents') =>
      new Promise<PickedFiles>((resolve) => {
        const input = fileInput()
        input.accept = acceptOf(filter)
        input.value = ''
        const done = (): void => {
          input.removeEventListener('change', onChange)
          input.removeEventListener('cancel', onCancel)
        }
        const onChange = (): void => {
          done()
          void readFiles(Array.from(input.files ?? []), maxOpenBytes(filter)).then(resolve)
        }
        const onCancel = (): void => {
          done()
          resolve({ files: [], refused: [] })
        }
        input.addEventListener('change', onChange)
        input.addEventListener('cancel', onCancel)
        input.click()
      }),
    saveFile: async (name, data, kind) => {
      const part: BlobPart = typeof data === 'string' ? data : (data.slice().buffer as ArrayBuffer)
      const url = URL.createObjectURL(new Blob([part], { type: MIME[kind] }))
      const link = document.createElement('a')
      link.href = url
      link.download = withExtension(name, kind)
      link.hidden = true
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS)
      return true
    },
    onMenu: () => () => {},
    onDropFiles: (listener) => listenForDroppedFiles(listener),
    // A browser has no folder of its own to write to; it asks for persistent storage instead (main.tsx).
    autoBackup: async () => false,
    appInfo: async (): Promise<PlatformInfo> => ({ version: WEB_VERSION, locale: navigator.language, kind: 'web', userName: '' }),
  }
}
