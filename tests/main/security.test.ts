import { describe, expect, it, vi } from 'vitest'
import { FakeWebContents } from './electron-fakes'

const electron = await vi.hoisted(async () => (await import('./electron-fakes')).createElectronFake())
vi.mock('electron', () => electron.module)

const { hardenWebContents, installSecurityPolicy, isPermissionAllowed } = await import('../../src/main/security')

function navigate(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = { preventDefault: vi.fn() }
  contents.emit(eventName, event, url)
  return event.preventDefault.mock.calls.length > 0
}

describe('web contents hardening', () => {
  const table: { url: string; blocked: boolean; devUrl?: string }[] = [
    { url: 'app://bidu/index.html', blocked: false },
    { url: 'app://bidu/other.html#x', blocked: false },
    { url: 'app://evil/index.html', blocked: true },
    { url: 'https://example.com/', blocked: true },
    { url: 'file:///etc/passwd', blocked: true },
    { url: 'javascript:alert(1)', blocked: true },
    { url: 'not a url', blocked: true },
    { url: '', blocked: true },
    { url: 'http://localhost:5173/', blocked: true },
    { url: 'http://localhost:5173/index.html', blocked: false, devUrl: 'http://localhost:5173/' },
    { url: 'http://localhost:5174/', blocked: true, devUrl: 'http://localhost:5173/' },
  ]
  for (const { url, blocked, devUrl } of table) {
    it(`${blocked ? 'blocks' : 'allows'} navigation to ${JSON.stringify(url)}${devUrl ? ' in dev' : ''}`, () => {
      const contents = new FakeWebContents()
      hardenWebContents(contents as never, devUrl)
      expect(navigate(contents, 'will-navigate', url)).toBe(blocked)
      expect(navigate(contents, 'will-redirect', url)).toBe(blocked)
    })
  }

  it('denies window.open, whatever the URL', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    for (const url of ['https://example.com', 'app://bidu/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  it('never attaches a <webview>', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('permissions', () => {
  installSecurityPolicy()
  const requestHandler = electron.defaultSession.setPermissionRequestHandler.mock.calls[0][0] as (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string },
  ) => void
  const checkHandler = electron.defaultSession.setPermissionCheckHandler.mock.calls[0][0] as (
    contents: unknown,
    permission: string,
    origin: string,
  ) => boolean

  function request(permission: string, url: string): boolean {
    const callback = vi.fn()
    requestHandler(null, permission, callback, { requestingUrl: url })
    expect(callback).toHaveBeenCalledTimes(1)
    return callback.mock.calls[0][0] as boolean
  }

  for (const permission of [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
    'hid',
    'usb',
    'unknown',
  ]) {
    it(`denies ${permission} to every page`, () => {
      expect(request(permission, 'app://bidu/index.html')).toBe(false)
      expect(checkHandler(null, permission, 'app://bidu')).toBe(false)
    })
  }

  it('grants clipboard writes and persistent storage to our page only', () => {
    for (const permission of ['clipboard-sanitized-write', 'persistent-storage']) {
      expect(request(permission, 'app://bidu/index.html')).toBe(true)
      expect(checkHandler(null, permission, 'app://bidu')).toBe(true)
      expect(request(permission, 'https://example.com/')).toBe(false)
      expect(checkHandler(null, permission, 'https://example.com')).toBe(false)
    }
  })

  it('hardens every web contents created later', () => {
    const contents = new FakeWebContents()
    electron.app.emit('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    expect(navigate(contents, 'will-navigate', 'https://example.com')).toBe(true)
  })

  it('rejects garbage permission names and origins', () => {
    expect(isPermissionAllowed('', '')).toBe(false)
    expect(isPermissionAllowed('clipboard-sanitized-write', 'null')).toBe(false)
  })
})
