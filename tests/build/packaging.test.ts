// The installer configuration: targets per OS, what goes into the package, the fuses the afterPack
// hook flips, the icon, and an Electron pinned to 45.5.0 that installs without downloading its binary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '..', '..')
const require = createRequire(import.meta.url)
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'))
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const hook = await import(join(ROOT, config.afterPack))
const { FuseV1Options, FuseVersion, getCurrentFuseWire } = require('@electron/fuses')
const { FuseState, SENTINEL } = require('@electron/fuses/dist/constants')

describe('electron-builder configuration', () => {
  it('builds AppImage and deb on Linux, dmg on macOS, an NSIS installer on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    // deb refuses to build without a maintainer; the NSIS installer lets the user choose a folder.
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/)
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true })
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/)
  })

  it('packs the built app into an ASAR and nothing else of the repository', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    expect(pkg.main).toBe('./out/main/index.js')
  })

  it('flips the fuses: RunAsNode off, cookie encryption on, NODE_OPTIONS and --inspect off, ASAR integrity, app only from the ASAR', () => {
    expect(hook.default).toBeTypeOf('function')
    expect(hook.FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    })
  })

  it.each([
    ['linux', join('/out', 'bidu')],
    ['win32', join('/out', 'Bidu 比读.exe')],
    ['darwin', join('/out', 'Bidu 比读.app', 'Contents', 'MacOS', 'Bidu 比读')],
  ])('finds the Electron binary to flip on %s', (platform, expected) => {
    const context = {
      appOutDir: '/out',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'Bidu 比读' }, executableName: 'bidu' },
    }
    expect(hook.electronBinary(context)).toBe(expected)
  })

  it('flips those fuses in an Electron binary (a stand-in file carrying the fuse wire with every fuse as shipped)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bidu-pack-'))
    // Electron's fuse wire: the sentinel, the wire version, its length, then one ASCII 0/1 per fuse.
    const shipped = '10100110'
    writeFileSync(
      join(outDir, 'bidu'),
      Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, shipped.length]), Buffer.from(shipped), Buffer.from('…')]),
    )
    await hook.default({
      appOutDir: outDir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Bidu 比读' }, executableName: 'bidu' },
    })
    const wire = await getCurrentFuseWire(join(outDir, 'bidu'))
    const state = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE)
    for (const [option, on] of Object.entries(hook.FUSES))
      if (option !== 'version') expect([option, wire[option]]).toEqual([option, state(on as boolean)])
  })

  it('has a square PNG icon of at least 512 px, from which every platform format is derived', () => {
    const png = readFileSync(join(ROOT, config.icon))
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })
})

describe('Electron version and install', () => {
  it('pins Electron 45.5.0 as a build tool, never a runtime dependency', () => {
    expect(pkg.devDependencies.electron).toBe('45.5.0')
    expect(pkg.dependencies?.electron).toBeUndefined()
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.devDependencies['@electron/fuses']).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('installs without the Electron binary: no install scripts here or in the electron package', () => {
    for (const script of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts[script]).toBeUndefined()
    const electron = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'))
    expect(electron.version).toBe('45.5.0')
    for (const script of ['preinstall', 'install', 'postinstall']) expect(electron.scripts?.[script]).toBeUndefined()
  })
})
