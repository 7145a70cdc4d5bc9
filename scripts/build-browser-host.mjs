// Builds the browser host (src/browser-host) into out/browser-host: cli.mjs for Node, its
// dependencies left in node_modules, and ui-preload.js, the UI page's preload, for the browser.
// `npm start` runs it after `electron-vite build`, which builds the UI it serves (out/renderer).

import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export async function buildBrowserHost(outDir = `${ROOT}out/browser-host`) {
  await build({
    entryPoints: [`${ROOT}src/browser-host/cli.ts`],
    outfile: `${outDir}/cli.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  await build({
    entryPoints: [`${ROOT}src/browser-host/ui-preload.ts`],
    outfile: `${outDir}/ui-preload.js`,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  })
  return outDir
}

const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : ''
if (invokedPath === fileURLToPath(import.meta.url)) {
  buildBrowserHost().catch((error) => {
    console.error(`Cookie Lab: the browser host did not build: ${error.message}`)
    process.exit(1)
  })
}
