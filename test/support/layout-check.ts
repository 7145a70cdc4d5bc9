// What a room sees first when the window does not fit: an element off the screen, a window or
// panel that scrolls sideways, a control cut off at a panel's edge. Measured in the page, on
// the boxes Chromium laid out, for the layout-matrix and add-cookie-form tests.

import type { Page } from 'playwright-core'

/** The parts of the window whose controls must never be cut off at the side. */
const MAIN_CHROME = [
  '.app-header',
  '.pane-toolbar',
  '.panel-header',
  '.store-view-tools',
  '.add-form',
  '.timeline-paused',
  '.time-travel',
  '.confirm',
]

/**
 * Every fault in the window's layout now, one line each: the document scrolling (either way),
 * a visible element outside the viewport, an element that scrolls sideways, and a control of
 * the main chrome cut off sideways by a panel that clips it.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate((chrome) => {
    const faults = new Set<string>()
    const root = document.documentElement
    const width = root.clientWidth
    const height = root.clientHeight
    const slack = 1
    const describe = (element: Element) => {
      const classes = [...element.classList].slice(0, 2).join('.')
      const label =
        element.getAttribute('aria-label') ??
        (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> "${label}"`
    }
    const box = (rect: DOMRect) =>
      `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`
    if (root.scrollWidth > width)
      faults.add(`the window scrolls sideways (${root.scrollWidth} > ${width})`)
    if (root.scrollHeight > height)
      faults.add(`the window scrolls down (${root.scrollHeight} > ${height})`)

    const clips = (element: Element) => {
      const style = getComputedStyle(element)
      return style.overflowX !== 'visible' || style.overflowY !== 'visible'
    }
    const shown = (element: Element, rect: DOMRect) => {
      if (rect.width <= 1 || rect.height <= 1) return false
      const style = getComputedStyle(element)
      return (
        style.visibility !== 'hidden' &&
        style.opacity !== '0' &&
        !element.closest('.visually-hidden')
      )
    }

    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect()
      if (!shown(element, rect)) continue
      // What of it can be seen: its box cut by every ancestor that clips (a scrolled-out row
      // below a list is hidden, not off the screen).
      let left = rect.left
      let top = rect.top
      let right = rect.right
      let bottom = rect.bottom
      for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
        if (!clips(up)) continue
        const clip = up.getBoundingClientRect()
        left = Math.max(left, clip.left)
        top = Math.max(top, clip.top)
        right = Math.min(right, clip.right)
        bottom = Math.min(bottom, clip.bottom)
      }
      if (right - left <= 0 || bottom - top <= 0) continue
      if (left < -slack || top < -slack || right > width + slack || bottom > height + slack) {
        faults.add(`${describe(element)} at ${box(rect)} is outside the ${width}×${height} window`)
      }
      const style = getComputedStyle(element)
      if (
        (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
        element.scrollWidth > element.clientWidth + slack
      ) {
        faults.add(
          `${describe(element)} scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`,
        )
      }
    }

    for (const part of document.querySelectorAll(chrome.join(','))) {
      for (const element of [part, ...part.querySelectorAll('*')]) {
        const rect = element.getBoundingClientRect()
        if (!shown(element, rect)) continue
        for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
          if (!clips(up)) continue
          const clip = up.getBoundingClientRect()
          if (rect.left < clip.left - slack || rect.right > clip.right + slack) {
            faults.add(
              `${describe(element)} at ${box(rect)} is cut off sideways by ${describe(up)}`,
            )
            break
          }
        }
      }
    }
    return [...faults].slice(0, 25)
  }, MAIN_CHROME)
}

/** How many timeline rows the list shows whole, top to bottom inside its visible area. */
export function wholeRowsInTimeline(page: Page): Promise<number> {
  return page.locator('#timeline-list').evaluate((list) => {
    const area = list.getBoundingClientRect()
    return [...list.querySelectorAll('[role="option"]')].filter((row) => {
      const rect = row.getBoundingClientRect()
      return rect.height > 0 && rect.top >= area.top - 1 && rect.bottom <= area.bottom + 1
    }).length
  })
}

/** Six frames after the last change: rows are measured and lists have scrolled, if they will. */
export function settled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0
        const tick = () => (++frames >= 6 ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
  )
}
