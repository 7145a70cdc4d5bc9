// The end-to-end tests' fixtures: one Chromium per test file, and for each test a fresh lab
// (tutorial server, pane, capture) and, when asked for, the UI opened on it.

import { afterAll, afterEach, beforeAll, beforeEach, test } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium } from './chromium'
import { openUi, startPaneLab, type PaneLab, type UiHarness } from './lab-harness'
import { expectStoredLinesHeld } from './stored-lines-check'

/** A lab as the tests want it: a quick poll, so script writes and expiry show within 0.1 s. */
const startTestLab = (browser: Browser) => startPaneLab({ browser, storePollMs: 100 })

export const labTest = test.extend<{ browser: Browser; lab: PaneLab; ui: UiHarness }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
    async ({}, use) => {
      const browser = await launchChromium()
      await use(browser)
      await browser.close()
    },
    { scope: 'file' },
  ],
  lab: async ({ browser }, use) => {
    const lab = await startTestLab(browser)
    await use(lab)
    // Every test that used the lab is held to the suite-wide property (stored-lines-check.ts).
    try {
      await expectStoredLinesHeld(lab.capture)
    } finally {
      await lab.close()
    }
  },
  ui: async ({ lab }, use) => {
    const ui = await openUi(lab)
    await use(ui)
    await ui.close()
  },
})

/**
 * For files whose helpers share the lab and UI of the running test: one Chromium per file, and
 * before each test a fresh lab with the UI opened on it, handed to ONOPEN.
 */
export function openUiPerTest(onOpen: (opened: { lab: PaneLab; ui: UiHarness }) => void): void {
  let browser: Browser
  let opened: { lab: PaneLab; ui: UiHarness } | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    // beforeAll may have failed before the browser existed: keep its error, not a TypeError.
    await browser?.close()
  })
  beforeEach(async () => {
    const lab = await startTestLab(browser)
    opened = { lab, ui: await openUi(lab) }
    onOpen(opened)
  })
  afterEach(async () => {
    try {
      if (opened) await expectStoredLinesHeld(opened.lab.capture)
    } finally {
      await opened?.ui.close()
      await opened?.lab.close()
    }
  })
}
