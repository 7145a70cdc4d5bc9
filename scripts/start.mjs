// `npm start` (and `npm run dev` with --dev): make sure the Electron binary is installed, then
// let electron-vite build and launch the app. npm 11 skips Electron's own install script
// (package.json does not approve it, so `npm install` never fails offline), so the binary is
// fetched here, on first start, by Electron's own install.js. Where it cannot be fetched, say
// why in one line and open Cookie Lab in a Chrome, Chromium or Edge found on the machine (the
// browser host, src/browser-host); `npm start -- --browser` asks for that on purpose. Where
// there is no such browser either, one sentence says what to install and the exit code is 1:
// no stack traces for a newcomer to decode.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const NOT_INSTALLED = 'the Electron binary is not installed'
const A_BROWSER = 'Chrome, Chromium or Edge'
const INSTALL_ONE = `Install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM_PATH to one)`

const packageDir = (name) => dirname(require.resolve(`${name}/package.json`))

/** The Electron executable, found the way Electron's own index.js finds it; null if missing. */
export function electronBinaryPath() {
  try {
    const dir = packageDir('electron')
    const name = readFileSync(join(dir, 'path.txt'), 'utf8').trim()
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), name)
    return name && existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

function fail(sentence) {
  console.error(sentence)
  process.exit(1)
}

function isSet(value) {
  return value !== undefined && !['', '0', 'false'].includes(value.toLowerCase())
}

/** "22.12.0" from Electron's `engines.node` (">= 22.12.0"), or null when it names none. */
function nodeNeededByElectron() {
  const manifest = JSON.parse(readFileSync(join(packageDir('electron'), 'package.json'), 'utf8'))
  return /(\d+)\.(\d+)\.(\d+)/.exec(manifest.engines?.node ?? '')?.[0] ?? null
}

function isOlder(version, than) {
  const a = version.split('.').map(Number)
  const b = than.split('.').map(Number)
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0)
  return false
}

/** Turns install.js's stack trace into the few words that say why. */
function downloadFailure(stderr) {
  // undici reports a failed connection as "fetch failed" and keeps the cause (ENOTFOUND...)
  // out of the stack that install.js prints; older downloaders print the code itself.
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT|ECONNRESET/.test(
      stderr,
    )
  ) {
    const host = process.env.ELECTRON_MIRROR || 'GitHub'
    return `${host} could not be reached from this machine`
  }
  if (/checksum/i.test(stderr)) return 'the download did not match its checksum'
  const first = stderr.split('\n').find((line) => line.trim() !== '')
  return first ? first.trim().replace(/\.$/, '').slice(0, 160) : 'the download failed'
}

/** Null once the binary is installed; else why it is not, as words that follow NOT_INSTALLED. */
function installElectron() {
  if (isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded'
  }
  console.log('Cookie Lab: downloading the Electron binary (once, about 100 MB)...')
  const install = spawnSync(process.execPath, [join(packageDir('electron'), 'install.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  if (install.status === 0 && electronBinaryPath()) return null
  let why = install.error?.message ?? downloadFailure(install.stderr ?? '')
  // Electron's installer declares a newer Node than the app needs; it often works on older
  // ones, so it is tried, and only named as a possible cause when it failed.
  const needed = nodeNeededByElectron()
  if (needed && isOlder(process.versions.node, needed)) {
    why += `; Electron's installer also asks for Node ${needed} or newer, and this is Node ${process.versions.node}`
  }
  return `could not be downloaded (${why})`
}

/** Where Chrome, Chromium and Edge install themselves, most likely first, per platform. */
export function browserPlaces(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
    const roots = ['/Applications', env.HOME && join(env.HOME, 'Applications')].filter(Boolean)
    return roots.flatMap((root) => apps.map((app) => join(root, app)))
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ]
    return roots.flatMap((root) => apps.map((app) => `${root}\\${app}`))
  }
  const names = [
    'google-chrome',
    'google-chrome-stable',
    'chromium',
    'chromium-browser',
    'microsoft-edge',
    'microsoft-edge-stable',
  ]
  const dirs = [...(env.PATH ?? '').split(':').filter(Boolean), '/usr/bin', '/snap/bin']
  return [...new Set(dirs)].flatMap((dir) => names.map((name) => join(dir, name)))
}

/**
 * The browser to open Cookie Lab in: CHROMIUM_PATH when set, else the first usual place that
 * exists. `{ path }`, `{ missing }` (CHROMIUM_PATH names nothing), or null (none found).
 */
export function findBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH } : { missing: env.CHROMIUM_PATH }
  }
  const path = browserPlaces(platform, env).find((place) => exists(place))
  return path ? { path } : null
}

/** The sentence for a machine with no browser to open Cookie Lab in; ELECTRON_WHY if it was a fallback. */
export function noBrowserSentence(found, electronWhy) {
  const start = electronWhy
    ? `Cookie Lab could not start: ${NOT_INSTALLED} and ${electronWhy}, and`
    : 'Cookie Lab could not start in a browser:'
  const missing = found?.missing
    ? `CHROMIUM_PATH names ${found.missing}, which does not exist`
    : `no ${A_BROWSER} was found to open it in`
  return `${start} ${missing}. ${INSTALL_ONE}${electronWhy ? ', or run `npm start` again where the network allows' : ''}.`
}

/** Runs a build step quietly; its own words only when it fails. */
function buildStep(what, args) {
  const step = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' })
  if (step.status === 0) return
  const output = `${step.stderr ?? ''}\n${step.stdout ?? ''}`
  const first = output.split('\n').find((line) => /error/i.test(line)) ?? step.error?.message
  fail(
    `Cookie Lab could not start: ${what} did not build (${(first ?? 'no output').trim().slice(0, 160)}).`,
  )
}

function openInBrowser(browser, args) {
  buildStep('the UI', [join(packageDir('electron-vite'), 'bin', 'electron-vite.js'), 'build'])
  buildStep('the browser host', [join(ROOT, 'scripts', 'build-browser-host.mjs')])
  const passed = args.filter((arg) => arg === '--headless' || arg === '--verbose')
  const child = spawn(
    process.execPath,
    [join(ROOT, 'out', 'browser-host', 'cli.mjs'), '--executable', browser, ...passed],
    { cwd: ROOT, stdio: 'inherit' },
  )
  forward(child)
}

function launch(command) {
  const cli = join(packageDir('electron-vite'), 'bin', 'electron-vite.js')
  const child = spawn(process.execPath, [cli, command], { cwd: ROOT, stdio: 'inherit' })
  forward(child)
}

/** The child's life is this process's: signals go to it, its exit code is ours. */
function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function main(args) {
  if (!args.includes('--browser')) {
    const electronWhy = electronBinaryPath() ? null : installElectron()
    // `preview` builds main, preload and renderer, then launches the built app.
    if (!electronWhy) return launch(args.includes('--dev') ? 'dev' : 'preview')
    const found = findBrowser()
    if (!found?.path) fail(noBrowserSentence(found, electronWhy))
    console.log(
      `Cookie Lab: ${NOT_INSTALLED} and ${electronWhy}; opening Cookie Lab in ${found.path} instead.`,
    )
    return openInBrowser(found.path, args)
  }
  const found = findBrowser()
  if (!found?.path) fail(noBrowserSentence(found, null))
  console.log(`Cookie Lab: opening in ${found.path}.`)
  openInBrowser(found.path, args)
}

const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : ''
if (invokedPath === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
