/**
 * electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is signed
 * and wrapped into an installer. Each fuse closes a way to run code the app did not ship:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.js;
 * - cookie encryption on: cookies at rest are encrypted with the OS keychain;
 * - NODE_OPTIONS off and --inspect off: no code injection through the environment or a debugger port;
 * - embedded ASAR integrity on and only-load-app-from-ASAR on: the app code is the signed app.asar, not
 *   a folder beside it;
 * - extra file:// privileges off: the app is served from app://, file: needs none.
 */
import path from 'node:path'
import { flipFuses, FuseVersion, FuseV1Options } from '@electron/fuses'

/** The fuse settings (exported for the configuration test). */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
}

/** The Electron executable inside the packed app folder, per platform. */
export function electronBinary(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`, 'Contents', 'MacOS', name)
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`)
    default:
      return path.join(context.appOutDir, context.packager.executableName)
  }
}

export default async function afterPack(context) {
  // Changing the binary breaks macOS's ad-hoc signature; flipFuses re-signs it ad hoc (real signing comes after).
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
  await flipFuses(electronBinary(context), { ...FUSES, resetAdHocDarwinSignature: darwin })
}
