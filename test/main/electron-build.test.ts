// `electron-vite build` works without the Electron binary, and makes what the shell needs: an
// ES module main, a preload that a sandbox can load (one CommonJS file that requires only
// `electron`), and the UI page with its strict CSP.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_TEST_DIR as out, HAR_WORKER_SCRIPT } from '../support/build-renderer'

// Built by the unit project's global setup (test/main/global-setup.ts).

describe('electron-vite build', () => {
  it('builds the main process as an ES module that starts the tutorial server', () => {
    const main = readFileSync(join(out, 'main/index.js'), 'utf8')
    expect(main).toMatch(/^import .* from "electron";?$/m)
    expect(main).toContain('host-resolver-rules')
  })

  it('builds the preload as one CommonJS file that requires nothing but electron', () => {
    const preload = readFileSync(join(out, 'preload/index.cjs'), 'utf8')
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(preload).toContain('exposeInMainWorld')
    expect(preload).not.toMatch(/^import /m)
  })

  it('builds the UI page with its strict CSP and a script of its own, nothing inline', () => {
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8')
    expect(html).toContain("script-src 'self'")
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js"><\/script>/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  // Payload validation is the host's job: the contract's one declaration holds no zod, so the
  // UI's bundle must not carry it. zod 4 keeps its internals under `_zod`, which no minifier
  // renames; `ZodError` is its error class. The HAR worker reads files with core's schemas: it
  // is a script of its own, loaded only when a file is imported.
  it('keeps zod out of the UI bundle and the preload', () => {
    const assets = join(out, 'renderer/assets')
    const scripts = readdirSync(assets).filter(
      (name) => name.endsWith('.js') && !HAR_WORKER_SCRIPT.test(name),
    )
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of [
      ...scripts.map((name) => join(assets, name)),
      join(out, 'preload/index.cjs'),
    ]) {
      const zodMark = /\b_zod\b|ZodError|["']zod["']/.exec(readFileSync(file, 'utf8'))
      expect(zodMark?.[0], file).toBeUndefined()
    }
  })

  // A Node module reached from the worker would build anyway, as an empty stand-in: the type
  // check (tsconfig.worker.json) refuses it, and so does the build (build-renderer.ts).
  it('builds the HAR worker into the UI’s folder: one script, needing nothing from Node', () => {
    const assets = join(out, 'renderer/assets')
    const workers = readdirSync(assets).filter((name) => HAR_WORKER_SCRIPT.test(name))
    expect(workers).toHaveLength(1)
    const worker = readFileSync(join(assets, workers[0] ?? ''), 'utf8')
    expect(worker).toContain('ZodError')
    // One self-contained script: no import of another file, no require, no Node module.
    expect(worker).not.toMatch(/^import\b|\bimport\(|\brequire\(|["'`]node:|browser-external/m)
    // The UI starts it from its own folder ('self'), by a URL relative to its own script.
    const ui = readdirSync(assets).filter((name) => /^index-.*\.js$/.test(name))
    const started = ui.map((name) => readFileSync(join(assets, name), 'utf8'))
    expect(started.join('\n')).toContain(`new URL(\`${workers[0]}\`,import.meta.url)`)
  })
})
