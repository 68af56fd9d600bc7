/**
 * Where the renderer comes from: `app://bidu` in a normal run, or the electron-vite dev server when
 * `ELECTRON_RENDERER_URL` is set and the app is not packaged. Navigation, IPC sender and protocol
 * checks all ask this module, so the trusted origin is defined once. The origin must never change
 * between releases: IndexedDB data belongs to it.
 */

/** The custom scheme the built renderer is served from. */
export const APP_SCHEME = 'app'
/** The only host the scheme answers for. */
export const APP_HOST = 'bidu'
/** The page the window loads in a normal run. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * The dev server's URL when running under `electron-vite dev`, else undefined. A packaged app
 * ignores the variable, so a stray environment cannot point the window at another server.
 */
export function devServerUrl(env: NodeJS.ProcessEnv = process.env, isPackaged = false): string | undefined {
  const url = env.ELECTRON_RENDERER_URL
  if (isPackaged || !url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * True when `url` belongs to our renderer: scheme `app`, host `bidu` (Node's URL gives custom
 * schemes the opaque origin "null", so scheme and host are compared instead), or the dev server's
 * origin when one is given.
 */
export function isAppUrl(url: string, devUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.port === ''
  if (devUrl === undefined) return false
  return parsed.origin === new URL(devUrl).origin
}
