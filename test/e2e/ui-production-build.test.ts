// The harness runs what ships: the UI page the end-to-end tests and screenshots drive is the
// production build `electron-vite build` makes for the app, not a development build made inside
// the test runner (where NODE_ENV is `test`, and React would be its development bundle).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { RENDERER_TEST_DIR } from '../support/build-renderer'
import { labTest } from '../support/lab-test'

/** What React tells a DevTools hook about itself: 0 is the production bundle, 1 development. */
interface ReactBuild {
  bundleType: number
  version: string
}

// React hands its build to a `__REACT_DEVTOOLS_GLOBAL_HOOK__` when it loads, as it does to the
// React DevTools extension; this one only writes it down.
const RECORD_REACT_BUILD = `
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(internals) {
      window.__reactBuild = { bundleType: internals.bundleType, version: internals.version }
      return 1
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot() {},
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
  }
`

// The production build is about 434 KB since the catalogue explains every one of Chromium's
// cookie issues and verdicts (327 KB before), 568 KB with the UI's own words in English and
// Chinese (the translators' notes ride along); a development build is far larger (558 KB when
// the production one was 327). Vite's chunk warning for the renderer sits at the same limit
// (electron.vite.config.ts).
const PRODUCTION_JS_LIMIT = 768 * 1024

labTest('the harness page runs the production bundle electron-vite builds', async ({ ui }) => {
  const page = ui.page
  await page.addInitScript({ content: RECORD_REACT_BUILD })
  const scripts = new Map<string, Buffer>()
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    void response.body().then(
      (body) => scripts.set(new URL(response.url()).pathname, body),
      () => undefined,
    )
  })
  await page.reload()
  await page.getByRole('region', { name: 'Cookie store' }).waitFor()

  const react = await page.evaluate(
    () => (window as unknown as { __reactBuild?: ReactBuild }).__reactBuild,
  )
  expect(react?.bundleType, 'React build the page runs (0: production)').toBe(0)

  // The page's scripts are the very files the app's build wrote, byte for byte.
  const html = readFileSync(join(RENDERER_TEST_DIR, 'index.html'), 'utf8')
  const built = [...html.matchAll(/<script[^>]*\bsrc="\.\/([^"]+)"/g)].map((m) => m[1] ?? '')
  expect(built.length).toBeGreaterThan(0)
  await expect.poll(() => scripts.size).toBe(built.length)
  let servedBytes = 0
  for (const file of built) {
    const served = scripts.get(`/${file}`)
    expect(served, `served ${file}`).toBeDefined()
    expect(served?.equals(readFileSync(join(RENDERER_TEST_DIR, file)))).toBe(true)
    expect(served?.toString('utf8')).not.toContain('jsxDEV')
    servedBytes += served?.length ?? 0
  }
  expect(servedBytes).toBeLessThan(PRODUCTION_JS_LIMIT)
})
