// Builds the app for the end-to-end harness, the shell's wiring test and the bench exactly as it
// ships: `electron-vite build`, in a child process of its own. Inside vitest, NODE_ENV is `test`,
// and a build run there would give React's development bundle (jsxDEV, dev-only checks), not the
// production one the app loads. Built once per process into out/app-test, so it never races
// electron-vite's out/, and inside the repository, so the main bundle finds node_modules.

import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const REPO = resolve(import.meta.dirname, '../..')
export const APP_TEST_DIR = join(REPO, 'out/app-test')
export const RENDERER_TEST_DIR = join(APP_TEST_DIR, 'renderer')
/** The UI's HAR worker as the build names it in `assets` (src/ui-worker/har-worker.ts). */
export const HAR_WORKER_SCRIPT = /^har-worker-[\w-]+\.js$/

// Both vitest projects' global setups run in one process, each with its own module graph: the
// build they share is kept on globalThis so a full run builds once.
const BUILD = Symbol.for('cookie-lab.app-test-build')
const shared = globalThis as { [BUILD]?: Promise<string> }

/** Builds main, preload and renderer into APP_TEST_DIR; returns that directory. */
export function buildApp(): Promise<string> {
  shared[BUILD] ??= runElectronViteBuild().catch((error: unknown) => {
    delete shared[BUILD]
    throw error
  })
  return shared[BUILD]
}

async function runElectronViteBuild(): Promise<string> {
  // The environment of `npm run build`: no NODE_ENV from the test runner.
  const { NODE_ENV: _testMode, ...env } = process.env
  const { stderr } = await promisify(execFile)(
    process.execPath,
    [
      join(REPO, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--outDir',
      APP_TEST_DIR,
    ],
    { cwd: REPO, env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 16 * 1024 * 1024 },
  )
  // A Node module reached from the UI or its worker still builds, as an empty stand-in that
  // fails only when used; Vite says so in a warning, which fails the build here.
  const externalized = /Module "[^"]+" has been externalized for browser compatibility[^\n]*/.exec(
    stderr,
  )
  if (externalized) throw new Error(`the UI's build reached Node: ${externalized[0]}`)
  return APP_TEST_DIR
}

/** Builds the app and returns its UI's directory (what the harness serves, what the bench sizes). */
export async function buildRenderer(): Promise<string> {
  await buildApp()
  return RENDERER_TEST_DIR
}
