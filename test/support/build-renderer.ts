// Builds the real renderer, with the app's own renderer config, for the end-to-end harness and
// the bench. Built once per run into out/renderer-test so it never races electron-vite's out/.

import { resolve } from 'node:path'
import { build, type InlineConfig } from 'vite'
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
