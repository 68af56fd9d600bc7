/**
 * What the renderer needs from its host, implemented once over Electron's preload API
 * (electron.ts) and once for a plain browser (web.ts). Features use only this interface.
 */
import type { AutoBackupReason, MenuCommand, OpenFilter, SaveKind } from '../../shared/ipc'

export type { AutoBackupReason, MenuCommand, OpenFilter, SaveKind }

/** A file the user picked or dropped. */
export interface PickedFile {
  name: string
  bytes: Uint8Array
}

/** A file the host refused to read, with a code the UI translates and the host's own message. */
export interface RefusedFile {
  name: string
  code: 'TOO_LARGE' | 'NOT_A_FILE' | 'READ_FAILED'
  message: string
}

export interface PickedFiles {
  files: PickedFile[]
  refused: RefusedFile[]
}

/** Facts about the running app. */
export interface PlatformInfo {
  version: string
  /** UI locale, e.g. `zh-CN`. */
  locale: string
  kind: 'electron' | 'web'
  /** The OS user name, the default coder name; '' when unknown (the web build cannot know it and asks). */
  userName: string
}

export interface Platform {
  /**
   * Lets the user pick files — documents unless `filter` says otherwise (backup, annotations);
   * a cancelled dialog gives empty lists.
   */
  openFiles(filter?: OpenFilter): Promise<PickedFiles>
  /**
   * Saves `data` under a suggested name (save dialog in Electron, a download in the browser).
   * Resolves to false when the user cancelled; rejects with a readable Error when writing failed.
   */
  saveFile(name: string, data: string | Uint8Array, kind: SaveKind): Promise<boolean>
  /** Calls `listener` for each application-menu command; returns an unsubscribe function. */
  onMenu(listener: (command: MenuCommand) => void): () => void
  /** Calls `listener` with files dropped onto the window; returns an unsubscribe function. */
  onDropFiles(listener: (files: PickedFiles) => void): () => void
  appInfo(): Promise<PlatformInfo>
  /**
   * Keeps a backup's text as an automatic backup (Electron: rotated files in the user-data folder).
   * Resolves to false where the host keeps none (the web build); rejects when writing failed.
   */
  autoBackup(reason: AutoBackupReason, data: string): Promise<boolean>
}
