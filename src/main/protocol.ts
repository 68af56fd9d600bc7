/**
 * Serves the built renderer (`out/renderer`) from `app://bidu/…` instead of `file://`: a fixed,
 * secure origin for IndexedDB, and only files under the renderer folder are reachable. Every
 * response carries the app's Content Security Policy. It does not fall back to index.html for
 * unknown paths (the renderer does not route by URL path), so a missing file is a plain 404.
 */
import { protocol } from 'electron'
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { APP_HOST, APP_SCHEME } from './app-origin'

/** Content types by extension; anything else is served as opaque bytes. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
}
const DEFAULT_MIME_TYPE = 'application/octet-stream'

/**
 * Declares `app://` standard (real origin, relative URLs), secure (IndexedDB, crypto.subtle) and
 * fetchable (workers, wasm), with V8's code cache for faster starts. Deliberately not `corsEnabled`:
 * that privilege lets other origins read the scheme's responses without any CORS check, and our page
 * only fetches from its own origin. Electron accepts this only before the `ready` event, and only
 * once (a second call replaces the first).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

/** The content type for a file name, by its extension. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? DEFAULT_MIME_TYPE
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  })
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/**
 * Maps a request URL to a file under `root`, or null when the URL is not ours or would escape the
 * root (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL). `/` maps to `index.html`.
 */
export function resolveRequestPath(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const segments = pathname.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) return null
  const target = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments))
  return isInside(resolve(root), target) ? target : null
}

/**
 * Builds the `app://` request handler for files under `root`: 200 with the file, its content type
 * and the CSP header; 404 for other hosts, escapes and missing files; 405 for methods other than GET.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return plainResponse(405, 'Method not allowed')
    const target = resolveRequestPath(root, request.url)
    if (target === null) return plainResponse(404, 'Not found')
    try {
      // A symlink inside the folder must not lead outside it.
      const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)])
      if (!isInside(realRoot, realTarget) || !(await stat(realTarget)).isFile()) return plainResponse(404, 'Not found')
      const body = await readFile(realTarget)
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(realTarget),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return plainResponse(404, 'Not found')
    }
  }
}

/** Starts serving `root` on `app://bidu`. Call after `ready`. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root))
}
