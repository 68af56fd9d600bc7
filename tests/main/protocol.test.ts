import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { createAppProtocolHandler, mimeTypeFor, registerAppScheme, resolveRequestPath, serveAppProtocol } =
  await import('../../src/main/protocol')

// A renderer build next to a secret file it must not serve.
const base = mkdtempSync(join(tmpdir(), 'bidu-protocol-'))
const root = join(base, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Bidu</title>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(root, 'assets', 'pdf.worker.mjs'), 'export {}')
writeFileSync(join(root, 'assets', '报告.txt'), '政府工作报告')
writeFileSync(join(base, 'secret.txt'), 'secret')
symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
const handle = createAppProtocolHandler(root)

async function get(url: string, method = 'GET'): Promise<Response> {
  return handle({ url, method } as Request)
}

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetchable', () => {
    registerAppScheme()
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ])
    // No privileges that loosen the same-origin policy or CSP.
    const privileges = electron.module.protocol.registerSchemesAsPrivileged.mock.calls[0][0][0].privileges
    expect(privileges.corsEnabled).toBeUndefined()
    expect(privileges.bypassCSP).toBeUndefined()
  })

  it('is handled with protocol.handle', () => {
    serveAppProtocol(root)
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})

describe('app:// handler', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await get('app://bidu/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Bidu</title>')
  })

  it('serves index.html for the bare origin', async () => {
    expect((await get('app://bidu/')).status).toBe(200)
    expect((await get('app://bidu')).status).toBe(200)
  })

  it('serves assets with their content type, including encoded Chinese names', async () => {
    const js = await get('app://bidu/assets/index-abc.js?v=1#x')
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    expect((await get('app://bidu/assets/pdf.worker.mjs')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const txt = await get(`app://bidu/assets/${encodeURIComponent('报告.txt')}`)
    expect(await txt.text()).toBe('政府工作报告')
  })

  const refused = [
    'app://bidu/../secret.txt',
    'app://bidu/../../etc/passwd',
    'app://bidu/%2e%2e/secret.txt',
    'app://bidu/..%2fsecret.txt',
    'app://bidu/..%5csecret.txt',
    'app://bidu/assets/..%2f..%2fsecret.txt',
    'app://bidu/%2fetc%2fpasswd',
    'app://bidu/index.html%00.js',
    'app://bidu/%E0%A4%A',
    'app://bidu/assets/link.txt',
    'app://bidu/assets',
    'app://bidu/missing.js',
    'app://evil/index.html',
    'app://bidu.evil/index.html',
    'https://bidu/index.html',
    'garbage',
  ]
  for (const url of refused) {
    it(`answers 404 to ${url}`, async () => {
      const response = await get(url)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('secret')
    })
  }

  it('answers 405 to anything but GET', async () => {
    expect((await get('app://bidu/index.html', 'POST')).status).toBe(405)
  })

  it('never resolves a path outside the root', () => {
    expect(resolveRequestPath(root, 'app://bidu/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveRequestPath(root, 'app://bidu/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveRequestPath(root, '')).toBeNull()
  })
})

describe('mimeTypeFor', () => {
  const table: [string, string][] = [
    ['a.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['a.woff2', 'font/woff2'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.bcmap', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ]
  for (const [name, type] of table) it(`${name} → ${type}`, () => expect(mimeTypeFor(name)).toBe(type))
})
