import { describe, expect, it } from 'vitest'
import { APP_INDEX_URL, devServerUrl, isAppUrl } from '../../src/main/app-origin'

describe('isAppUrl', () => {
  const table: [string, boolean, string?][] = [
    [APP_INDEX_URL, true],
    ['app://bidu', true],
    ['app://bidu/assets/index-abc.js', true],
    ['APP://BIDU/index.html', true],
    ['app://bidu:8080/index.html', false],
    ['app://user@bidu/index.html', false],
    ['app://bidu.evil/index.html', false],
    ['app://other/index.html', false],
    ['file:///index.html', false],
    ['https://bidu/', false],
    ['about:blank', false],
    ['', false],
    ['%%%', false],
    ['http://localhost:5173/src/main.tsx', true, 'http://localhost:5173'],
    ['http://127.0.0.1:5173/', false, 'http://localhost:5173'],
  ]
  for (const [url, expected, dev] of table) {
    it(`${JSON.stringify(url)}${dev ? ' (dev)' : ''} → ${expected}`, () => expect(isAppUrl(url, dev)).toBe(expected))
  }
})

describe('devServerUrl', () => {
  it('uses ELECTRON_RENDERER_URL only in an unpackaged app and only for http(s)', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173')
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined()
    expect(devServerUrl({}, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'garbage' }, false)).toBeUndefined()
  })
})
