// `npm start` where Electron is missing: it must fetch the binary with Electron's own install.js
// when it can, and otherwise exit 1 with one clear sentence, never a stack trace. Most cases run
// the real script in a scratch project whose node_modules/electron and electron-vite are small
// stand-ins, so each branch is reached on any machine, network or not.

import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const REPO = resolve(import.meta.dirname, '../..')
const START = join(REPO, 'scripts/start.mjs')

const { electronBinaryPath } = (await import(pathToFileURL(START).href)) as {
  electronBinaryPath(): string | null
}

// Anything that tried the network would meet a closed local port, not the internet.
const OFFLINE_ENV = {
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '',
}

function run(cwd: string, script: string, env: Record<string, string>, args: string[] = []) {
  const started = Date.now()
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: { HOME: cwd, ...OFFLINE_ENV, ...env },
    encoding: 'utf8',
    timeout: 10_000,
  })
  return { ...result, ms: Date.now() - started }
}

/** Exit 1, one line on stderr that begins as the sentence does, and no stack frame anywhere. */
function expectOneClearSentence(result: ReturnType<typeof run>) {
  expect(result.status).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Cookie Lab could not start: .+\.$/)
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
  return lines[0] ?? ''
}

const scratch: string[] = []
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface ScratchOptions {
  /** Electron's `engines.node`. */
  engines?: string
  /** What the stand-in install.js does. */
  install?: 'offline' | 'succeeds'
  binaryPresent?: boolean
  launcherExitCode?: number
}

/** A project with the real start.mjs and stand-ins for the two packages it runs. */
function scratchProject(options: ScratchOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lab-start-'))
  scratch.push(dir)
  const electron = join(dir, 'node_modules/electron')
  const launcher = join(dir, 'node_modules/electron-vite')
  mkdirSync(join(dir, 'scripts'), { recursive: true })
  mkdirSync(electron, { recursive: true })
  mkdirSync(join(launcher, 'bin'), { recursive: true })
  copyFileSync(START, join(dir, 'scripts/start.mjs'))
  writeFileSync(
    join(electron, 'package.json'),
    JSON.stringify({
      name: 'electron',
      version: '45.4.1',
      engines: { node: options.engines ?? '>= 1.0.0' },
    }),
  )
  const installBinary = `
    const { mkdirSync, writeFileSync } = require('node:fs')
    mkdirSync(__dirname + '/dist', { recursive: true })
    writeFileSync(__dirname + '/dist/electron', '')
    writeFileSync(__dirname + '/path.txt', 'electron')`
  // What Electron 45's install.js printed on this offline machine, stack and all.
  const offline = `
    console.error('TypeError: fetch failed')
    console.error('    at node:internal/deps/undici/undici:14976:13')
    console.error('    at async downloadArtifact (node_modules/@electron/get/dist/index.js:154:12)')
    process.exit(1)`
  writeFileSync(
    join(electron, 'install.js'),
    `require('node:fs').writeFileSync(__dirname + '/install-ran', '')\n` +
      (options.install === 'succeeds' ? installBinary : offline),
  )
  if (options.binaryPresent) {
    mkdirSync(join(electron, 'dist'))
    writeFileSync(join(electron, 'dist/electron'), '')
    writeFileSync(join(electron, 'path.txt'), 'electron')
  }
  writeFileSync(join(launcher, 'package.json'), JSON.stringify({ name: 'electron-vite' }))
  writeFileSync(
    join(launcher, 'bin/electron-vite.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'launched'))}, process.argv.slice(2).join(' '))
     process.exit(${options.launcherExitCode ?? 0})`,
  )
  return {
    dir,
    start: (env: Record<string, string> = {}, args: string[] = []) =>
      run(dir, join(dir, 'scripts/start.mjs'), env, args),
    installRan: () => existsSync(join(electron, 'install-ran')),
    launched: () =>
      existsSync(join(dir, 'launched')) ? readFileSync(join(dir, 'launched'), 'utf8') : null,
  }
}

describe('npm start without the Electron binary', () => {
  it.skipIf(electronBinaryPath() !== null)(
    'in this repository, with ELECTRON_SKIP_BINARY_DOWNLOAD=1: exits 1 within seconds, one sentence',
    () => {
      const result = run(REPO, START, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })
      const sentence = expectOneClearSentence(result)
      expect(sentence).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
      expect(sentence).toContain('npm test')
      expect(result.ms).toBeLessThan(5_000)
    },
  )

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD: says so and does not try to download', () => {
    const project = scratchProject()
    const sentence = expectOneClearSentence(project.start({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }))
    expect(sentence).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded')
    expect(project.installRan()).toBe(false)
  })

  it('tries even on a Node older than Electron’s installer declares, and names it when it fails', () => {
    const project = scratchProject({ engines: '>= 999.1.0' })
    const sentence = expectOneClearSentence(project.start())
    expect(project.installRan()).toBe(true)
    expect(sentence).toContain(
      `asks for Node 999.1.0 or newer, and this is Node ${process.versions.node})`,
    )
  })

  it('launches on a Node older than the installer declares when the download works', () => {
    const project = scratchProject({ engines: '>= 999.1.0', install: 'succeeds' })
    expect(project.start().status).toBe(0)
    expect(project.launched()).toBe('preview')
  })

  it('runs Electron’s install.js, and when it fails offline says why without its stack trace', () => {
    const project = scratchProject()
    const sentence = expectOneClearSentence(project.start())
    expect(project.installRan()).toBe(true)
    expect(sentence).toBe(
      'Cookie Lab could not start: the Electron binary is not installed and could not be downloaded (GitHub could not be reached from this machine). Run `npm start` again where the network allows, or run `npm test` to use everything that works without it.',
    )
    expect(project.launched()).toBeNull()
  })

  it('names the mirror when one is configured', () => {
    const project = scratchProject()
    const sentence = expectOneClearSentence(
      project.start({ ELECTRON_MIRROR: 'https://mirror.invalid/electron/' }),
    )
    expect(sentence).toContain(
      '(https://mirror.invalid/electron/ could not be reached from this machine)',
    )
  })
})

describe('npm start with the Electron binary', () => {
  it('downloads it when missing, then builds and launches with electron-vite preview', () => {
    const project = scratchProject({ install: 'succeeds' })
    const result = project.start()
    expect(result.status).toBe(0)
    expect(project.installRan()).toBe(true)
    expect(project.launched()).toBe('preview')
  })

  it('does not download again when present; --dev runs electron-vite dev', () => {
    const project = scratchProject({ binaryPresent: true })
    expect(project.start({}, ['--dev']).status).toBe(0)
    expect(project.installRan()).toBe(false)
    expect(project.launched()).toBe('dev')
  })

  it('exits with the app’s exit code', () => {
    const project = scratchProject({ binaryPresent: true, launcherExitCode: 3 })
    expect(project.start().status).toBe(3)
  })
})
