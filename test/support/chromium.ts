// How every test and bench finds and starts a real Chromium: Debian's by default, or the one
// CHROMIUM_PATH names. A missing browser is a clear failure, never a silent skip.

import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { BROWSER_HOST_ARGS } from '../../src/browser-host/browser-flags'
import { chromiumTrustSwitch } from '../../src/core/server/certificate-trust'
import { makeTlsCredentials, type TlsCredentials } from '../../src/core/server/tls-certificate'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  AS_IS,
  launchChromium as launchLikeTheHosts,
  launchPlan,
  thisSystem,
} from '../../src/browser-host/chromium-launch'

// The browser host's own flags (what ships: *.test mapped to loopback, no background
// networking, which this closed network would refuse), plus what a test run needs here: no
// window, and no sandbox, which Chromium cannot start with as root.
//
// Chromium 156 also gives each window of a test's browser an omnibox popup made of WebUI pages,
// each in a renderer of its own that follows every navigation: about a fifth of a core in a
// burst of traffic, on a machine of two. The app's Electron window has no omnibox at all, so the
// tests and the bench turn it off, added to the host's own --disable-features switch.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  ...BROWSER_HOST_ARGS.map((arg) =>
    arg.startsWith('--disable-features=') ? `${arg},WebUIOmniboxPopup,WebUIOmniboxAimPopup` : arg,
  ),
]

export function chromiumPath(): string {
  const named = process.env.CHROMIUM_PATH
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist.`)
    return named
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim()
  } catch {
    throw new Error(
      "No Chromium found: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.",
    )
  }
}

let credentials: Promise<TlsCredentials> | undefined

/**
 * The one HTTPS key of this test process: every tutorial server a test starts serves it, and
 * every Chromium a test launches trusts it (and no other), as the browser host does with its
 * one server's key.
 */
export function testTlsCredentials(): Promise<TlsCredentials> {
  credentials ??= makeTlsCredentials()
  return credentials
}

/** How every test's Chromium starts: the host's flags, trusting the test process's key. */
async function testLaunchOptions() {
  const { spkiSha256 } = await testTlsCredentials()
  return {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, chromiumTrustSwitch(spkiSha256)],
  }
}

/**
 * A Chromium that trusts the test process's tutorial key (see testTlsCredentials), started as
 * the hosts start it: as root, without the right to raise its own threads' priority
 * (src/browser-host/chromium-launch.ts), so the tests and the bench time the UI as a user's
 * machine runs it.
 */
export async function launchChromium(): Promise<Browser> {
  return launchLikeTheHosts(await testLaunchOptions())
}

/** True where the hosts start Chromium without the right to raise its threads (root on Linux). */
export function hostsDropPriorityRights(): boolean {
  return launchPlan(thisSystem()).kind === 'without-priority-rights'
}

/**
 * The same Chromium started as it is, keeping root's right to raise its own threads (the bench
 * compares the two).
 */
export async function launchChromiumAsIs(): Promise<Browser> {
  return launchLikeTheHosts(await testLaunchOptions(), AS_IS)
}

/** Runs RUN on a page of a fresh browser context (its own cookie store), closed afterwards. */
export async function withPage(
  browser: Browser,
  run: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext()
  try {
    await run(await context.newPage(), context)
  } finally {
    await context.close()
  }
}
