// The renderer as a plain web app: `npm run dev:web`, and the build the end-to-end tests run against.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { cspPlugin } from './build/csp-plugin'

const root = import.meta.dirname
// Separate output folders and ports let several end-to-end runs share one machine.
const outDir = process.env.BIDU_WEB_OUT ?? 'out/web'
const previewPort = Number(process.env.BIDU_E2E_PORT ?? 4173)

export default defineConfig({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), cspPlugin()],
  worker: { format: 'es' },
  build: { outDir: resolve(root, outDir), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: previewPort, strictPort: true },
})
