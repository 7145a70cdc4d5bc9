// electron-builder's afterSign hook (electron-builder.yml): reads the fuses back from the packaged
// Electron binary with @electron/fuses and fails the build unless every fuse the configuration
// names is as it says. Flipping them is electron-builder's job (`electronFuses`); this proves it
// happened, rather than trusting a log line.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
// Not re-exported by the package's index (1.8), but its own enum: the byte of each fuse.
import { FuseState } from '@electron/fuses/dist/constants.js'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '..')

/** electronFuses' camelCase names to @electron/fuses' option names (`runAsNode` → RunAsNode). */
export function fuseOptionOf(name) {
  const option = FuseV1Options[name[0].toUpperCase() + name.slice(1)]
  if (option === undefined) throw new Error(`electron-builder.yml names an unknown fuse: ${name}`)
  return option
}

export async function expectedFuses() {
  const config = parse(await readFile(join(ROOT, 'electron-builder.yml'), 'utf8'))
  return Object.entries(config.electronFuses ?? {})
}

/** The packaged binary electron-builder just signed, per platform. */
function binaryOf(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`)
    case 'win32':
      return join(context.appOutDir, `${name}.exe`)
    default:
      return join(context.appOutDir, context.packager.executableName)
  }
}

export default async function verifyFuses(context) {
  const wire = await getCurrentFuseWire(binaryOf(context))
  const wrong = []
  for (const [name, wanted] of await expectedFuses()) {
    const state = wire[fuseOptionOf(name)]
    const on = state === FuseState.ENABLE
    if (state !== FuseState.ENABLE && state !== FuseState.DISABLE) wrong.push(`${name} is not set`)
    else if (on !== wanted) wrong.push(`${name} is ${on ? 'on' : 'off'}`)
  }
  if (wrong.length > 0) throw new Error(`Electron fuses not as configured: ${wrong.join(', ')}`)
}
