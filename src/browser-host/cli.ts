// `npm start -- --browser` (or `npm start` where Electron's binary is missing) ends here, built
// by scripts/build-browser-host.mjs into out/browser-host/cli.mjs beside the built UI.
//   node out/browser-host/cli.mjs --executable PATH [--headless]
// It opens Cookie Lab in that browser, says so in one line once the UI shows the tutorial's home
// page, and quits when the UI window closes (or on Ctrl+C), leaving nothing behind.

import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openBrowserHost } from './browser-host'
import { firstLineOf } from '../shared/error-message'

const OPEN_TIMEOUT_MS = 60_000

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      executable: { type: 'string' },
      headless: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (!values.executable) throw new Error('no browser named (--executable PATH)')
  const uiDirectory = fileURLToPath(new URL('../renderer/', import.meta.url))
  const preload = await readFile(new URL('./ui-preload.js', import.meta.url), 'utf8')
  const host = await openBrowserHost({
    executablePath: values.executable,
    uiDirectory,
    preload,
    headless: values.headless,
    log: values.verbose ? (message) => console.log(`[cookie-lab] ${message}`) : undefined,
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void host.close())
  }
  void host.closed.then(() => process.exit(0))

  // The line comes when the UI shows the tutorial's home row: the app is usable, not just started.
  // The timeline's listbox: the language select's options are options too.
  await host.uiPage
    .locator('#timeline-list')
    .getByRole('option')
    .first()
    .waitFor({ timeout: OPEN_TIMEOUT_MS })
    .then(
      () => {
        const sandbox = host.sandboxOff
          ? " without Chromium's sandbox (it cannot start with it as root)"
          : ''
        console.log(
          `Cookie Lab is open in ${values.executable}${sandbox}. Close its window to quit.`,
        )
      },
      () => undefined, // closed before it showed, or a page that never loaded: the UI says so
    )
}

main().catch((error: unknown) => {
  console.error(`Cookie Lab could not start in the browser: ${firstLineOf(error)}`)
  process.exit(1)
})
