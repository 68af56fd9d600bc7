import { defineConfig } from '@playwright/test'

// End-to-end tests drive the web build of the renderer in Debian's Chromium.
// BIDU_E2E_PORT / BIDU_WEB_OUT (read by vite.web.config.ts too) let parallel runs use their own build and port.
const port = Number(process.env.BIDU_E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}/`
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npx vite preview --config vite.web.config.ts',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
