// Puts the UI's window and the pane's window side by side on the screen, through the browser's
// own window commands (CDP Browser.setWindowBounds): the UI on the left, the pane on the right,
// together filling the screen the UI window is on.

import type { Page } from 'playwright-core'

/** The UI's share of the screen's width: the timeline and inspector need more room than a page. */
const UI_SHARE = 0.6

export async function placeSideBySide(ui: Page, pane: Page): Promise<void> {
  const screen = await ui.evaluate(() => ({
    left: (window.screen as Screen & { availLeft?: number }).availLeft ?? 0,
    top: (window.screen as Screen & { availTop?: number }).availTop ?? 0,
    width: window.screen.availWidth,
    height: window.screen.availHeight,
  }))
  const uiWidth = Math.round(screen.width * UI_SHARE)
  await setWindowBounds(ui, {
    left: screen.left,
    top: screen.top,
    width: uiWidth,
    height: screen.height,
  })
  await setWindowBounds(pane, {
    left: screen.left + uiWidth,
    top: screen.top,
    width: screen.width - uiWidth,
    height: screen.height,
  })
}

async function setWindowBounds(
  page: Page,
  bounds: { left: number; top: number; width: number; height: number },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { windowId } = await cdp.send('Browser.getWindowForTarget')
    // A maximized window ignores new bounds until it is made normal.
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } })
    await cdp.send('Browser.setWindowBounds', { windowId, bounds })
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}
