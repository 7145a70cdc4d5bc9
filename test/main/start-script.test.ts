// `npm start` where Electron is missing: it must fetch the binary with Electron's own install.js
// when it can, else say so in one line and open the browser host in a Chrome, Chromium or Edge,
// and where there is none exit 1 with one clear sentence, never a stack trace. Most cases run
// the real script in a scratch project whose node_modules/electron and electron-vite, the
// browser host's build script and the browser are small stand-ins, so each branch is reached on
// any machine, network or browser or not.

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

type Found = { path: string } | { missing: string } | null
const { electronBinaryPath, findBrowser, noBrowserSentence } = (await import(
  pathToFileURL(START).href
)) as {
  electronBinaryPath(): string | null
  findBrowser(env: Record<string, string>, platform: string, exists: (p: string) => boolean): Found
  noBrowserSentence(found: Found, electronWhy: string | null): string
}

/** Where no browser is: CHROMIUM_PATH names nothing, so the usual places are not searched. */
const NO_BROWSER = { CHROMIUM_PATH: '/nonexistent/chrome' }

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
  expect(lines[0]).toMatch(/^Cookie Lab could not start( in a browser)?: .+\.$/)
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
  hostExitCode?: number
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
  // The browser host's build writes a cli.mjs that records how it was started.
  const hostCli = `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'host-launched'))}, process.argv.slice(2).join(' '))
     process.exit(${options.hostExitCode ?? 0})`
  writeFileSync(
    join(dir, 'scripts/build-browser-host.mjs'),
    `import { mkdirSync, writeFileSync } from 'node:fs'
     mkdirSync(${JSON.stringify(join(dir, 'out/browser-host'))}, { recursive: true })
     writeFileSync(${JSON.stringify(join(dir, 'out/browser-host/cli.mjs'))}, ${JSON.stringify(`import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
${hostCli}`)})`,
  )
  const browser = join(dir, 'chrome')
  writeFileSync(browser, '')
  return {
    dir,
    browser,
    start: (env: Record<string, string> = {}, args: string[] = []) =>
      run(dir, join(dir, 'scripts/start.mjs'), env, args),
    hostLaunched: () =>
      existsSync(join(dir, 'host-launched'))
        ? readFileSync(join(dir, 'host-launched'), 'utf8')
        : null,
    installRan: () => existsSync(join(electron, 'install-ran')),
    launched: () =>
      existsSync(join(dir, 'launched')) ? readFileSync(join(dir, 'launched'), 'utf8') : null,
  }
}

describe('npm start without the Electron binary', () => {
  it.skipIf(electronBinaryPath() !== null)(
    'in this repository, with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and no browser: exits 1 within seconds, one sentence',
    () => {
      const result = run(REPO, START, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...NO_BROWSER })
      const sentence = expectOneClearSentence(result)
      expect(sentence).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
      expect(sentence).toContain('Install Google Chrome, Chromium or Microsoft Edge')
      expect(result.ms).toBeLessThan(5_000)
    },
  )

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD: says so and does not try to download', () => {
    const project = scratchProject()
    const sentence = expectOneClearSentence(
      project.start({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...NO_BROWSER }),
    )
    expect(sentence).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded')
    expect(project.installRan()).toBe(false)
  })

  it('tries even on a Node older than Electron’s installer declares, and names it when it fails', () => {
    const project = scratchProject({ engines: '>= 999.1.0' })
    const sentence = expectOneClearSentence(project.start(NO_BROWSER))
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
    const sentence = expectOneClearSentence(project.start(NO_BROWSER))
    expect(project.installRan()).toBe(true)
    expect(sentence).toBe(
      'Cookie Lab could not start: the Electron binary is not installed and could not be downloaded (GitHub could not be reached from this machine), and CHROMIUM_PATH names /nonexistent/chrome, which does not exist. Install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM_PATH to one), or run `npm start` again where the network allows.',
    )
    expect(project.launched()).toBeNull()
    expect(project.hostLaunched()).toBeNull()
  })

  it('names the mirror when one is configured', () => {
    const project = scratchProject()
    const sentence = expectOneClearSentence(
      project.start({ ELECTRON_MIRROR: 'https://mirror.invalid/electron/', ...NO_BROWSER }),
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

describe('npm start in a browser', () => {
  it('opens the browser host in the browser CHROMIUM_PATH names when Electron cannot be fetched, saying so in one line', () => {
    const project = scratchProject({ hostExitCode: 4 })
    const result = project.start({ CHROMIUM_PATH: project.browser })
    expect(project.installRan()).toBe(true)
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      `Cookie Lab: the Electron binary is not installed and could not be downloaded (GitHub could not be reached from this machine); opening Cookie Lab in ${project.browser} instead.`,
    )
    expect(result.stderr).toBe('')
    // The UI is built as for the app, then the host opens it, and its exit code is ours.
    expect(project.launched()).toBe('build')
    expect(project.hostLaunched()).toBe(`--executable ${project.browser}`)
    expect(result.status).toBe(4)
  })

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD set, opens the browser without trying to download', () => {
    const project = scratchProject()
    const result = project.start({
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      CHROMIUM_PATH: project.browser,
    })
    expect(result.status).toBe(0)
    expect(project.installRan()).toBe(false)
    expect(result.stdout).toContain(
      'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded; opening Cookie Lab in',
    )
    expect(project.hostLaunched()).toBe(`--executable ${project.browser}`)
  })

  it('--browser asks for it even where Electron is installed, and passes --headless on', () => {
    const project = scratchProject({ binaryPresent: true })
    const result = project.start({ CHROMIUM_PATH: project.browser }, ['--browser', '--headless'])
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe(`Cookie Lab: opening in ${project.browser}.`)
    expect(project.hostLaunched()).toBe(`--executable ${project.browser} --headless`)
  })

  it('--browser with no browser: one sentence saying what to install', () => {
    const project = scratchProject({ binaryPresent: true })
    const sentence = expectOneClearSentence(project.start(NO_BROWSER, ['--browser']))
    expect(sentence).toBe(
      'Cookie Lab could not start in a browser: CHROMIUM_PATH names /nonexistent/chrome, which does not exist. Install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM_PATH to one).',
    )
    expect(project.launched()).toBeNull()
  })

  it('says in one sentence when the UI does not build', () => {
    const project = scratchProject({ binaryPresent: true, launcherExitCode: 2 })
    const sentence = expectOneClearSentence(
      project.start({ CHROMIUM_PATH: project.browser }, ['--browser']),
    )
    expect(sentence).toMatch(/^Cookie Lab could not start: the UI did not build \(.+\)\.$/)
    expect(project.hostLaunched()).toBeNull()
  })
})

describe('finding a browser', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path)

  it('takes CHROMIUM_PATH first, and says when it names nothing', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }
    expect(findBrowser(env, 'linux', only('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual({
      path: '/opt/chrome/chrome',
    })
    expect(findBrowser(env, 'linux', only('/usr/bin/chromium'))).toEqual({
      missing: '/opt/chrome/chrome',
    })
  })

  it('looks on PATH and in the usual places on Linux, Chrome before Chromium before Edge', () => {
    const env = { PATH: '/home/me/bin:/usr/local/bin' }
    expect(
      findBrowser(env, 'linux', only('/usr/bin/chromium', '/usr/local/bin/google-chrome')),
    ).toEqual({
      path: '/usr/local/bin/google-chrome',
    })
    expect(findBrowser(env, 'linux', only('/snap/bin/chromium'))).toEqual({
      path: '/snap/bin/chromium',
    })
    expect(findBrowser(env, 'linux', only('/usr/bin/microsoft-edge'))).toEqual({
      path: '/usr/bin/microsoft-edge',
    })
    expect(findBrowser(env, 'linux', only())).toBeNull()
  })

  it('looks in the Applications folders on macOS', () => {
    const edge = '/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    expect(findBrowser({ HOME: '/Users/me' }, 'darwin', only(edge))).toEqual({ path: edge })
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findBrowser({ HOME: '/Users/me' }, 'darwin', only(edge, chrome))).toEqual({
      path: chrome,
    })
  })

  it('looks under Program Files and the user’s LocalAppData on Windows', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local',
    }
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const chrome = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(env, 'win32', only(edge))).toEqual({ path: edge })
    expect(findBrowser(env, 'win32', only(chrome))).toEqual({ path: chrome })
  })

  it('names what to install when there is nothing to open Cookie Lab in', () => {
    expect(
      noBrowserSentence(null, 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded'),
    ).toBe(
      'Cookie Lab could not start: the Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded, and no Chrome, Chromium or Edge was found to open it in. Install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM_PATH to one), or run `npm start` again where the network allows.',
    )
    expect(noBrowserSentence(null, null)).toBe(
      'Cookie Lab could not start in a browser: no Chrome, Chromium or Edge was found to open it in. Install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM_PATH to one).',
    )
  })
})
