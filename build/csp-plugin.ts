import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp'

/** Injects the CSP meta tag into the built index.html (not in dev, where Vite needs inline scripts). */
export function cspPlugin(): Plugin {
  return {
    name: 'bidu-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}
