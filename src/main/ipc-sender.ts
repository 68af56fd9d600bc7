/**
 * Decides whether an IPC message comes from our own page: the app window's web contents, its main
 * frame (not an iframe), showing a page of our origin. Modelled on VS Code's validated ipcMain.
 * It does not look at the arguments; the shared validators do that.
 */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { isAppUrl } from './app-origin'

/**
 * Why `event` is not trusted, or null when it is.
 * @param win the app window (null before it exists or after it closed)
 * @param devUrl the dev server's URL in development, else undefined
 */
export function untrustedSenderReason(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  win: BrowserWindow | null,
  devUrl?: string,
): string | null {
  if (!win || win.isDestroyed()) return 'there is no app window'
  if (event.sender !== win.webContents) return 'the message comes from another web contents'
  const frame = event.senderFrame
  // Null when the frame navigated away or was destroyed after sending.
  if (!frame) return 'the sending frame is gone'
  if (frame.parent !== null) return 'the message comes from a subframe'
  if (!isAppUrl(frame.url, devUrl)) return 'the sending page is not the app'
  return null
}
