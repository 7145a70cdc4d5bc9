// Builds the browser host (src/browser-host) into out/browser-host: cli.mjs for Node, its
// dependencies left in node_modules, and ui-preload.js, the UI page's preload, for the browser.
// `npm start` runs it after `electron-vite build`, which builds the UI it serves (out/renderer).

import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * `import text from './x.yaml?raw'` as Vite reads it: the file's text, inlined. The built-in
 * lessons (src/core/lessons/built-in/index.ts) reach the host this way.
 */
const rawText = {
  name: 'raw-text',
  setup(build) {
    // The file namespace (with the suffix) keeps the bundle's comments to relative paths.
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      suffix: '?raw',
    }))
    build.onLoad({ filter: /.*/ }, async (args) =>
      args.suffix === '?raw'
        ? { contents: await readFile(args.path, 'utf8'), loader: 'text' }
        : undefined,
    )
  },
}

export async function buildBrowserHost(outDir = `${ROOT}out/browser-host`) {
  await build({
    entryPoints: [`${ROOT}src/browser-host/cli.ts`],
    outfile: `${outDir}/cli.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [rawText],
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
