// Builds the real renderer, with the app's own renderer config, for the end-to-end harness and
// the bench. Built once per run into out/renderer-test so it never races electron-vite's out/.

import { resolve } from 'node:path'
import { build, type InlineConfig } from 'vite'
import { build as esbuild } from 'esbuild'
import appConfig from '../../electron.vite.config'

export const RENDERER_TEST_DIR = resolve('out/renderer-test')

export async function buildRenderer(): Promise<string> {
  const renderer = (appConfig as { renderer?: InlineConfig }).renderer ?? {}
  await build({
    ...renderer,
    configFile: false,
    root: resolve(renderer.root ?? 'src/renderer'),
    base: './',
    logLevel: 'warn',
    build: { ...renderer.build, outDir: RENDERER_TEST_DIR, emptyOutDir: true },
  })
  return RENDERER_TEST_DIR
}

/** The harness's stand-in for the preload, bundled for the browser. */
export async function buildHarnessPreload(): Promise<string> {
  const result = await esbuild({
    entryPoints: [resolve('test/support/harness-preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild produced no harness preload')
  return file.text
}
