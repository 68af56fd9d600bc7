// The renderer as a plain web app: `npm run dev:web`, and the build the end-to-end tests run against.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { readFileSync } from 'node:fs'
import { cspPlugin } from './build/csp-plugin'

const root = import.meta.dirname
// Separate output folders and ports let several end-to-end runs share one machine.
const outDir = process.env.BIDU_WEB_OUT ?? 'out/web'
const previewPort = Number(process.env.BIDU_E2E_PORT ?? 4173)
/** The version About shows in the web build (the desktop build asks Electron, which reads package.json). */
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version

export default defineConfig({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), cspPlugin()],
  worker: { format: 'es' },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: { outDir: resolve(root, outDir), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: previewPort, strictPort: true },
})
