// The renderer as a plain web app: `npm run dev:web`, and the build the end-to-end tests run against.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { cspPlugin } from './build/csp-plugin'

const root = import.meta.dirname

export default defineConfig({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), cspPlugin()],
  worker: { format: 'es' },
  build: { outDir: resolve(root, 'out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
