/**
 * Hardening applied to every web contents and the default session: no navigation away from our
 * origin, no new windows, no <webview>, and no permissions beyond the two the app uses. It does not
 * set webPreferences (window.ts does) or the CSP (protocol.ts sends it).
 */
import { app, session, type Session, type WebContents } from 'electron'
import { isAppUrl } from './app-origin'

/**
 * Permissions granted to our own page, and why; everything else, and everything from any other
 * origin, is denied. `clipboard-sanitized-write`: "copy Markdown" of exports. `persistent-storage`:
 * asks the browser not to evict the IndexedDB library under disk pressure.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage'])

/** Whether `permission` may be granted to a page at `url`. */
export function isPermissionAllowed(permission: string, url: string, devUrl?: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(url, devUrl)
}

/**
 * Keeps `contents` on our origin: navigations and redirects elsewhere are cancelled, window.open
 * is denied, and <webview> tags are never attached.
 */
export function hardenWebContents(contents: WebContents, devUrl?: string): void {
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, devUrl)) event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Installs the permission policy on `ses`: request and check handlers both deny by default. */
export function hardenSession(ses: Session, devUrl?: string): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, devUrl))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, devUrl))
}

/**
 * Applies the policy app-wide: the default session now, and every web contents Electron creates
 * from here on (our window, devtools, anything unexpected). Call once, before creating windows.
 */
export function installSecurityPolicy(devUrl?: string): void {
  hardenSession(session.defaultSession, devUrl)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl))
}
