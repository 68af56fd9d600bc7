/**
 * The renderer's Content Security Policy: one definition shared by the main process (sent as a
 * header by the app:// protocol) and the build (a meta tag, so the plain-web build has it too).
 * No remote origins; workers and blobs only from our own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes (colours, widths); no remote stylesheets.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')
