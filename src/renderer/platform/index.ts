/**
 * Picks the platform once: Electron when the preload exposed `window.bidu`, the browser otherwise.
 */
import type { BiduApi } from '../../shared/ipc'
import { createElectronPlatform } from './electron'
import { createWebPlatform } from './web'
import type { Platform } from './types'

export type { AutoBackupReason, PickedFile, PickedFiles, Platform, PlatformInfo, SaveKind } from './types'

declare global {
  interface Window {
    /** Present only in the Electron build (set by the preload). */
    bidu?: BiduApi
  }
}

let platform: Platform | null = null

/** The platform the renderer runs on. */
export function getPlatform(): Platform {
  platform ??= window.bidu ? createElectronPlatform(window.bidu) : createWebPlatform()
  return platform
}
