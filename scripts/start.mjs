// `npm start` (and `npm run dev` with --dev): make sure the Electron binary is installed, then
// let electron-vite build and launch the app. npm 11 skips Electron's own install script
// (package.json does not approve it, so `npm install` never fails offline), so the binary is
// fetched here, on first start, by Electron's own install.js. Where it cannot be fetched, say
// why in one sentence and exit 1: no stack traces for a newcomer to decode.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const NOT_INSTALLED = 'Cookie Lab could not start: the Electron binary is not installed'
const WITHOUT_IT = 'run `npm test` to use everything that works without it'

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

function installElectron() {
  if (isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    fail(
      `${NOT_INSTALLED} and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded. Unset it and run \`npm start\` where the network allows, or ${WITHOUT_IT}.`,
    )
  }
  console.log('Cookie Lab: downloading the Electron binary (once, about 100 MB)...')
  const install = spawnSync(process.execPath, [join(packageDir('electron'), 'install.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  if (install.status !== 0 || !electronBinaryPath()) {
    let why = install.error?.message ?? downloadFailure(install.stderr ?? '')
    // Electron's installer declares a newer Node than the app needs; it often works on older
    // ones, so it is tried, and only named as a possible cause when it failed.
    const needed = nodeNeededByElectron()
    if (needed && isOlder(process.versions.node, needed)) {
      why += `; Electron's installer also asks for Node ${needed} or newer, and this is Node ${process.versions.node}`
    }
    fail(
      `${NOT_INSTALLED} and could not be downloaded (${why}). Run \`npm start\` again where the network allows, or ${WITHOUT_IT}.`,
    )
  }
}

function launch(command) {
  const cli = join(packageDir('electron-vite'), 'bin', 'electron-vite.js')
  const child = spawn(process.execPath, [cli, command], { cwd: ROOT, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function main(args) {
  if (!electronBinaryPath()) installElectron()
  // `preview` builds main, preload and renderer, then launches the built app.
  launch(args.includes('--dev') ? 'dev' : 'preview')
}

const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : ''
if (invokedPath === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
