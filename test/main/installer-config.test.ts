// The installers' configuration (electron-builder.yml), checked as a file: electron-builder
// itself needs the Electron binary, which cannot be downloaded here, so `npm run dist` was never
// run on this machine (README, "Installers"). What can be held without it is held here.

import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'
import { buildApp } from '../support/build-renderer'
import verifyFuses, { expectedFuses, fuseOptionOf } from '../../scripts/verify-fuses.mjs'

const ROOT = join(import.meta.dirname, '../..')
const read = async (file: string) => readFile(join(ROOT, file), 'utf8')

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  electronFuses: Record<string, boolean>
  afterSign: string
  linux: { target: string[] }
  mac: { target: string }
  win: { target: string }
}

async function config(): Promise<BuilderConfig> {
  return parse(await read('electron-builder.yml')) as BuilderConfig
}

describe('electron-builder.yml', () => {
  it('builds AppImage and deb, dmg and nsis, as dev.cookielab.app from an asar', async () => {
    const c = await config()
    expect(c.appId).toBe('dev.cookielab.app')
    expect(c.productName).toBe('Cookie Lab')
    expect(c.linux.target).toEqual(['AppImage', 'deb'])
    expect(c.mac.target).toBe('dmg')
    expect(c.win.target).toBe('nsis')
    expect(c.asar).toBe(true)
    const pkg = JSON.parse(await read('package.json'))
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder --config electron-builder.yml')
  })

  it('sets the fuses DESIGN.md asks for, and checks them on the packaged binary', async () => {
    const { electronFuses, afterSign } = await config()
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
    // Every name is one @electron/fuses knows: a misspelt fuse would be silently ignored.
    for (const [name] of await expectedFuses()) {
      expect(Object.values(FuseV1Options)).toContain(fuseOptionOf(name))
    }
    expect(() => fuseOptionOf('runAsNod')).toThrow(/unknown fuse: runAsNod/)
    expect(afterSign).toBe('scripts/verify-fuses.mjs')
  })

  it('packs what electron-vite built and what the main process loads, never a dev dependency', async () => {
    const c = await config()
    const pkg = JSON.parse(await read('package.json'))
    const includes = c.files.filter((pattern) => !pattern.startsWith('!'))
    expect(includes).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    const excluded = c.files
      .filter((pattern) => pattern.startsWith('!node_modules/'))
      .map((pattern) => pattern.slice('!node_modules/'.length).replace(/\/\*\*$/, ''))
    // Every package the built main process imports is a production dependency (electron-builder
    // packs those, and only those) and is not excluded: the packaged app can load it.
    const main = await readFile(join(await buildApp(), 'main/index.js'), 'utf8')
    const imported = new Set(
      [...main.matchAll(/(?:from |import\(|require\()["']([^"'.][^"']*)["']/g)]
        .map((match) => match[1]!)
        .filter((name) => !name.startsWith('node:') && name !== 'electron')
        .map((name) =>
          (name.startsWith('@') ? name.split('/').slice(0, 2) : name.split('/').slice(0, 1)).join(
            '/',
          ),
        ),
    )
    expect(imported.size).toBeGreaterThan(0)
    for (const name of imported) {
      expect(Object.keys(pkg.dependencies), `${name} must be a dependency`).toContain(name)
      expect(excluded.some((e) => name === e || name.startsWith(`${e}/`))).toBe(false)
    }
    // What is excluded is a real dependency the app does not load (the UI bundles React).
    for (const name of excluded) {
      expect(
        Object.keys(pkg.dependencies).some((d) => d === name || d.startsWith(`${name}/`)),
      ).toBe(true)
    }
  })

  it('the afterSign check passes a binary whose fuses are as configured, and fails one that is not', async () => {
    // A stand-in for Electron's binary: bytes around the fuse wire as Electron lays it out (the
    // sentinel, version 1, eight fuses, each still "inherit"), flipped by @electron/fuses itself.
    const dir = await mkdtemp(join(tmpdir(), 'fuses-'))
    const binary = join(dir, 'cookie-lab')
    const wire = Buffer.from([1, 8, ...Array<number>(8).fill(144)])
    const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX')
    await writeFile(
      binary,
      Buffer.concat([Buffer.alloc(64, 7), sentinel, wire, Buffer.alloc(64, 7)]),
    )
    const context = {
      electronPlatformName: 'linux',
      appOutDir: dir,
      packager: { appInfo: { productFilename: 'Cookie Lab' }, executableName: 'cookie-lab' },
    }
    await expect(verifyFuses(context)).rejects.toThrow(/runAsNode is not set/)
    const wanted = Object.fromEntries(
      (await expectedFuses()).map(([name, on]) => [fuseOptionOf(name), on]),
    )
    await flipFuses(binary, { version: FuseVersion.V1, ...wanted })
    await expect(verifyFuses(context)).resolves.toBeUndefined()
    await flipFuses(binary, { version: FuseVersion.V1, [FuseV1Options.RunAsNode]: true })
    await expect(verifyFuses(context)).rejects.toThrow(
      /^Electron fuses not as configured: runAsNode is on$/,
    )
  })
})
