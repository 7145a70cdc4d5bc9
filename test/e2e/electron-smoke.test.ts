// The real app in the real Electron: the window opens, the UI shows its timeline, the pane
// reaches the tutorial's home page, and a set then a get show up as timeline rows. It runs only
// where the Electron binary is installed (`npm start` installs it where the network allows);
// elsewhere it is skipped, and says so, rather than pretending.

import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const REPO = resolve(import.meta.dirname, '../..')
const { electronBinaryPath } = (await import(
  pathToFileURL(join(REPO, 'scripts/start.mjs')).href
)) as { electronBinaryPath(): string | null }

const binary = electronBinaryPath()
if (!binary) console.warn('Electron binary not installed on this machine: smoke test not run')

/** The first of the app's pages (UI window or pane view) whose URL passes `test`. */
async function pageWhere(app: ElectronApplication, test: (url: string) => boolean): Promise<Page> {
  let found: Page | undefined
  await expect
    .poll(() => (found = app.windows().find((page) => test(page.url()))), { timeout: 30_000 })
    .toBeDefined()
  return found as Page
}

describe.skipIf(!binary)('Cookie Lab in Electron (smoke)', () => {
  let app: ElectronApplication | undefined

  beforeAll(async () => {
    const build = spawnSync(
      process.execPath,
      [join(REPO, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: REPO, stdio: 'inherit' },
    )
    expect(build.status, 'electron-vite build').toBe(0)
    app = await _electron.launch({
      executablePath: binary ?? undefined,
      args: ['.'],
      cwd: REPO,
      // The built UI, not a dev server a developer may have left in the environment.
      env: { ...process.env, ELECTRON_RENDERER_URL: '' } as Record<string, string>,
    })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('shows the UI and the tutorial home, and a set then a get become timeline rows', async () => {
    if (!app) throw new Error('the app did not launch')
    const ui = await pageWhere(app, (url) => url.startsWith('cookie-lab:'))
    await ui
      .getByRole('heading', { name: /timeline/i })
      .first()
      .waitFor()

    // The pane is a WebContentsView, which Playwright lists as one more page.
    const pane = await pageWhere(app, (url) => /^http:\/\/127\.0\.0\.1:\d+\/$/.test(url))
    await pane.getByRole('heading', { name: 'Enter userID' }).waitFor()
    const home = pane.url()

    await pane.locator('input[name="nm"]').fill('alice')
    await Promise.all([
      pane.waitForURL('**/setcookie'),
      pane.getByRole('button', { name: 'Login' }).click(),
    ])
    await pane.goto(new URL('/getcookie', home).href)
    await pane.getByText(/welcome alice/i).waitFor()

    // A Set-Cookie row for the POST and a Cookie row for the GET, both naming the cookie.
    await expect
      .poll(() => ui.getByText(/userID=alice/).count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2)
    await expect.poll(() => ui.getByText('/getcookie').count()).toBeGreaterThan(0)

    // Quitting closes the tutorial server: its port stops answering.
    await app.close()
    app = undefined
    await expect(fetch(home)).rejects.toThrow()
  })
})
