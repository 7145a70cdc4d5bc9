// Scrolling the timeline's list to its top as a user does, for the tests and the bench that page
// older rows in: a wheel, then the scroll bar dragged to its end.

import type { Page } from 'playwright-core'

/**
 * Scrolls #timeline-list to its top: a wheel over it, then, once the wheel's smooth scroll has
 * landed, the top. Set while the smooth scroll still ran, the top was taken back by its last
 * frames and the list stayed near the bottom, so no older rows were asked for.
 */
export async function scrollTimelineToTop(page: Page): Promise<void> {
  const list = page.locator('#timeline-list')
  await list.hover()
  const before = await list.evaluate((element) => element.scrollTop)
  await page.mouse.wheel(0, -100)
  // No named function inside: tsx (the bench) would wrap it in a helper the page does not have.
  await list.evaluate(async (element, start) => {
    let last = start
    let still = 0
    for (;;) {
      await new Promise((frame) => requestAnimationFrame(frame))
      const top = element.scrollTop
      still = top === last && top !== start ? still + 1 : 0
      last = top
      if (still >= 3 || top === 0) return
    }
  }, before)
  await list.evaluate((element) => (element.scrollTop = 0))
}
