/**
 * The web build served for browser benchmarks and the README's screenshots: built with vite, served by
 * vite preview on a port of its own, opened in Debian's Chromium. No DOM types here, so node scripts
 * can import it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'

const ROOT = join(import.meta.dirname, '..')

/** Chromium's flags for a quiet, closed network (as in playwright.config.ts). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

export interface Served {
  url: string
  stop(): void
}

/**
 * Builds the web renderer into `outDir` unless it is there, and serves it on `port`. A port taken by
 * another process would silently serve someone else's build, so a port that answers before the
 * server starts, or a preview server that exits (vite preview uses a strict port), is an error.
 */
export async function serveWebBuild(port: number, outDir: string): Promise<Served> {
  const env = { ...process.env, BIDU_E2E_PORT: String(port), BIDU_WEB_OUT: outDir }
  if (!existsSync(join(outDir, 'index.html'))) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts'], { cwd: ROOT, env, stdio: 'ignore' })
    if (build.status !== 0) throw new Error('the web build failed')
  }
  const url = `http://127.0.0.1:${port}/`
  const answers = (): Promise<boolean> =>
    fetch(url).then(
      (r) => r.ok,
      () => false,
    )
  if (await answers()) throw new Error(`port ${port} is already in use`)
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  let exited = false
  server.on('exit', () => (exited = true))
  // The server runs in its own process group; it may have stopped already.
  const stop = (): void => {
    try {
      process.kill(-server.pid!)
    } catch {
      /* already gone */
    }
  }
  for (let i = 0; i < 100 && !exited; i++) {
    if (await answers()) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(exited ? `the preview server stopped (is port ${port} in use?)` : `the preview server did not answer on ${url}`)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}
